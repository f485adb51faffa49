// The parent side of the frame protocol (frame-protocol.md §2–5), free of the DOM so it can be
// tested in node. main.ts feeds it `message` events and carries out the effects it asks for.

import type { FrameContext } from '../model/types.ts'

/** Every command the real portal knows (the SDK's MessageCommands). */
export const KNOWN_COMMANDS = [
  'getInitData',
  'setInstallFinish',
  'setInstall',
  'refreshAuth',
  'setAppOption',
  'setUserOption',
  'resizeWindow',
  'reloadWindow',
  'setTitle',
  'setScroll',
  'openApplication',
  'closeApplication',
  'openPath',
  'imCallTo',
  'imPhoneTo',
  'imOpenMessenger',
  'imOpenHistory',
  'selectUser',
  'selectAccess',
  'selectCRM',
  'showAppForm',
  'getInterface',
  'placementBindEvent',
] as const

export const IMPLEMENTED_COMMANDS = [
  'getInitData',
  'setInstall',
  'setInstallFinish',
  'refreshAuth',
  'resizeWindow',
  'setTitle',
  'setScroll',
  'reloadWindow',
  'setAppOption',
  'setUserOption',
  'openPath',
  'openApplication',
  'closeApplication',
] as const

export type KnownCommand = (typeof KNOWN_COMMANDS)[number]
export type ImplementedCommand = (typeof IMPLEMENTED_COMMANDS)[number]

export interface FrameMessage {
  command: string
  /** Undefined when the message carried no parameters. */
  params: unknown
  callbackId: string
  appSid: string
}

// Bounds on what a frame may send; the SDK's own ids are UUIDs and 32-hex SIDs.
const MAX_MESSAGE_LENGTH = 1024 * 1024
const CALLBACK_ID = /^[A-Za-z0-9_.-]{1,128}$/

/**
 * Reads either wire form: `command[:JSON]:callbackId:APP_SID`, or the object form the SDK uses
 * for commands whose name contains `:`. Undefined for anything else.
 */
export function parseFrameMessage(data: unknown): FrameMessage | undefined {
  if (typeof data === 'string') {
    if (data.length > MAX_MESSAGE_LENGTH) return undefined
    const parts = data.split(':')
    if (parts.length < 3) return undefined
    const command = parts[0] ?? ''
    const appSid = parts[parts.length - 1] ?? ''
    const callbackId = parts[parts.length - 2] ?? ''
    // The JSON may itself contain ':', so everything between is re-joined.
    const json = parts.slice(1, -2).join(':')
    let params: unknown
    if (json !== '') {
      try {
        params = JSON.parse(json)
      } catch {
        return undefined
      }
    }
    return valid({ command, params, callbackId, appSid })
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const record = data as Record<string, unknown>
    const { method, params, callback, appSid } = record
    if (typeof method !== 'string' || typeof callback !== 'string' || typeof appSid !== 'string') {
      return undefined
    }
    return valid({
      command: method,
      params: params === '' || params === null ? undefined : params,
      callbackId: callback,
      appSid,
    })
  }
  return undefined
}

function valid(message: FrameMessage): FrameMessage | undefined {
  if (message.command === '' || message.appSid === '') return undefined
  if (!CALLBACK_ID.test(message.callbackId)) return undefined
  return message
}

export type Screened =
  | { accept: true; message: FrameMessage & { command: ImplementedCommand } }
  | {
      accept: false
      reason: 'origin' | 'malformed' | 'sid' | 'unknown' | 'not-implemented'
      command?: string
    }

/** The real portal's gate: right origin, right APP_SID, a command it knows. */
export function screenMessage(
  event: { origin: string; data: unknown },
  expected: { appOrigin: string; appSid: string },
): Screened {
  if (event.origin !== expected.appOrigin) return { accept: false, reason: 'origin' }
  const message = parseFrameMessage(event.data)
  if (!message) return { accept: false, reason: 'malformed' }
  if (message.appSid !== expected.appSid) return { accept: false, reason: 'sid' }
  if (!isOneOf(message.command, KNOWN_COMMANDS)) {
    return { accept: false, reason: 'unknown', command: message.command }
  }
  if (!isOneOf(message.command, IMPLEMENTED_COMMANDS)) {
    return { accept: false, reason: 'not-implemented', command: message.command }
  }
  return { accept: true, message: message as FrameMessage & { command: ImplementedCommand } }
}

/** `callbackId:JSON`, or `callbackId:` when there is nothing to say. */
export function formatReply(callbackId: string, result: unknown): string {
  return callbackId + ':' + (result === undefined ? '' : JSON.stringify(result))
}

/** The portal's answer to POST /__portal/frame/auth (shared with the server). */
export type { FrameContext }

export interface Grant {
  access_token: string
  refresh_token: string
  expires_in: number
}

export interface InitData {
  LANG: string
  DOMAIN: string
  PROTOCOL: 0 | 1
  PATH: '/rest'
  AUTH_ID: string
  AUTH_EXPIRES: number
  REFRESH_ID: string
  MEMBER_ID: string
  FIRST_RUN: boolean
  IS_ADMIN: boolean
  INSTALL: boolean
  USER_OPTIONS: Record<string, unknown> | []
  APP_OPTIONS: Record<string, unknown> | []
  PLACEMENT: 'DEFAULT'
  PLACEMENT_OPTIONS: Record<string, never>
}

/** DOMAIN as the iframe name and getInitData carry it: host without a default port. */
export function portalDomain(host: string): string {
  return host.replace(/:(80|443)$/, '')
}

export function portalProtocol(protocol: string): 0 | 1 {
  return protocol === 'https:' ? 1 : 0
}

/** The iframe's name, which is all the SDK reads to find its portal. */
export function frameName(location: { host: string; protocol: string }, appSid: string): string {
  return `${portalDomain(location.host)}|${portalProtocol(location.protocol)}|${appSid}`
}

/** A fresh APP_SID: 32 hex digits, like the portal's md5 of a random value. */
export function newAppSid(random: (bytes: Uint8Array) => Uint8Array): string {
  return Array.from(random(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
}

export function buildInitData(
  context: FrameContext,
  location: { host: string; protocol: string },
): InitData {
  return {
    LANG: context.lang,
    DOMAIN: portalDomain(location.host),
    PROTOCOL: portalProtocol(location.protocol),
    PATH: '/rest',
    AUTH_ID: context.grant.access_token,
    AUTH_EXPIRES: Math.max(0, Math.floor(context.grant.expires_in)),
    REFRESH_ID: context.grant.refresh_token,
    MEMBER_ID: context.grant.member_id,
    // The local portal has no per-user "first open" notion; install mode is INSTALL.
    FIRST_RUN: false,
    IS_ADMIN: context.isAdmin,
    INSTALL: !context.installed,
    USER_OPTIONS: optionsOrEmpty(context.userOptions),
    APP_OPTIONS: optionsOrEmpty(context.appOptions),
    PLACEMENT: 'DEFAULT',
    PLACEMENT_OPTIONS: {},
  }
}

// PHP serialises an empty array as `[]`; the SDK accepts that or an object, never null.
function optionsOrEmpty(options: Record<string, unknown>): Record<string, unknown> | [] {
  return Object.keys(options).length > 0 ? options : []
}

/** What the host page does on the protocol's behalf (the portal server and the DOM). */
export interface HostEffects {
  location: { host: string; protocol: string }
  portalOrigin: string
  frameContext(): Promise<FrameContext>
  /** Undefined when the portal does not know the refresh token. */
  refresh(refreshToken: string): Promise<Grant | undefined>
  installFinish(): Promise<void>
  /** Undefined when the portal refused (the user is not an admin). */
  setAppOption(name: string, value: unknown): Promise<Record<string, unknown> | undefined>
  setUserOption(name: string, value: unknown): Promise<Record<string, unknown>>
  /** Resizes the iframe; returns its size in px afterwards. */
  resize(width: number | string, height: number): { width: number; height: number }
  setTitle(text: string): void
  setScroll(top: number): void
  reloadFrame(): void
  /** Shows a slider; resolves when the person closes it. */
  openSlider(slider: { title: string; lines: string[] }): Promise<void>
  closeSlider(): void
  debug(message: string, detail?: unknown): void
}

export type Outcome = { reply: true; result: unknown } | { reply: false }

const REPLY_NOTHING: Outcome = { reply: false }
const reply = (result: unknown): Outcome => ({ reply: true, result })

/**
 * One frame load's conversation. Remembers the refresh token it handed out, because
 * `refreshAuth` arrives without one: the portal refreshes on the app's behalf.
 */
export function createFrameSession(effects: HostEffects) {
  let refreshToken: string | undefined
  // Bitrix24 renders the app's page with the app's auth in it, so getInitData is answered
  // from the page, without a request: the context is asked for as the frame starts to
  // load, not when the app asks for it.
  const launch = effects.frameContext()
  // A failure is getInitData's to report, when the app asks.
  launch.catch(() => undefined)

  async function freshGrant(): Promise<Grant> {
    const context = await effects.frameContext()
    return context.grant
  }

  async function handle(message: FrameMessage & { command: ImplementedCommand }): Promise<Outcome> {
    const params = message.params
    const fields = isRecord(params) ? params : {}
    switch (message.command) {
      case 'getInitData': {
        const context = await launch
        refreshToken = context.grant.refresh_token
        return reply(buildInitData(context, effects.location))
      }
      case 'setInstall':
        return reply(params)
      case 'setInstallFinish':
        await effects.installFinish()
        effects.reloadFrame()
        return REPLY_NOTHING
      case 'refreshAuth': {
        let grant = refreshToken ? await effects.refresh(refreshToken) : undefined
        // The real portal refreshes from the user's session, so a reset portal still answers.
        grant ??= await freshGrant()
        refreshToken = grant.refresh_token
        return reply({
          AUTH_ID: grant.access_token,
          AUTH_EXPIRES: Math.max(0, Math.floor(grant.expires_in)),
          REFRESH_ID: grant.refresh_token,
        })
      }
      case 'resizeWindow': {
        const width = fields.width
        const height = fields.height
        const widthOk =
          (typeof width === 'number' && Number.isFinite(width) && width > 0) ||
          (typeof width === 'string' && /^\d{1,3}(\.\d+)?%$/.test(width))
        if (!widthOk || typeof height !== 'number' || !Number.isFinite(height) || height <= 0) {
          effects.debug('resizeWindow: ignored, bad size', params)
          return REPLY_NOTHING
        }
        return reply(effects.resize(width, height))
      }
      case 'setTitle': {
        const title = fields.title
        if (typeof title !== 'string' && typeof title !== 'number') return REPLY_NOTHING
        effects.setTitle(String(title))
        return reply(params)
      }
      case 'setScroll': {
        const scroll = Number(fields.scroll)
        if (!Number.isFinite(scroll)) return REPLY_NOTHING
        effects.setScroll(Math.max(0, scroll))
        return reply(params)
      }
      case 'reloadWindow':
        effects.reloadFrame()
        return REPLY_NOTHING
      case 'setAppOption': {
        if (typeof fields.name !== 'string' || fields.name === '') return REPLY_NOTHING
        const options = await effects.setAppOption(fields.name, fields.value)
        if (!options) {
          effects.debug('setAppOption: refused, the user is not an administrator')
          return REPLY_NOTHING
        }
        return reply(options)
      }
      case 'setUserOption': {
        if (typeof fields.name !== 'string' || fields.name === '') return REPLY_NOTHING
        await effects.setUserOption(fields.name, fields.value)
        return reply(params)
      }
      case 'openPath': {
        if (typeof fields.path !== 'string') return REPLY_NOTHING
        await effects.openSlider({
          title: 'Portal page',
          lines: [
            'A real portal would open this page in a slider:',
            effects.portalOrigin + normalisePath(fields.path),
          ],
        })
        return reply({ result: 'close' })
      }
      case 'openApplication': {
        const settings = Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        await effects.openSlider({
          title: typeof fields.bx24_title === 'string' ? fields.bx24_title : 'Application',
          lines: [
            'A real portal would open this application again in a slider, with:',
            ...(settings.length > 0 ? settings : ['(no parameters)']),
          ],
        })
        return reply(undefined)
      }
      case 'closeApplication':
        effects.closeSlider()
        return reply(undefined)
    }
  }

  return { handle }
}

/** openPath sends `/crm/deal/../..` + path; show where the browser would really land. */
export function normalisePath(path: string): string {
  try {
    const url = new URL(path, 'http://portal.invalid')
    return url.pathname + url.search + url.hash
  } catch {
    return path
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isOneOf<T extends string>(value: string, list: readonly T[]): value is T {
  return (list as readonly string[]).includes(value)
}
