// The host page's side of the control API. The answers come from our own server, but they are
// still checked before use: a broken server should fail loudly here, not deep in the frame.
import type { FrameContext, Grant } from './protocol.ts'

export interface PortalConfig {
  appUrl: string
  portalName: string
  user: { name: string; lastName: string }
}

export class ControlError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.name = 'ControlError'
    this.status = status
  }
}

export async function call(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`/__portal/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  })
  const data: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const message = isRecord(data) && typeof data.message === 'string' ? data.message : ''
    throw new ControlError(
      response.status,
      message || `${method} /__portal/${path} failed (${response.status})`,
    )
  }
  return data
}

export async function loadConfig(): Promise<PortalConfig> {
  const data = await call('GET', 'config')
  if (!isRecord(data) || typeof data.appUrl !== 'string' || typeof data.portalName !== 'string') {
    throw new Error('The portal sent a config without appUrl/portalName')
  }
  const user = isRecord(data.user) ? data.user : {}
  return {
    appUrl: data.appUrl,
    portalName: data.portalName,
    user: { name: str(user.name), lastName: str(user.lastName) },
  }
}

export async function frameContext(): Promise<FrameContext> {
  const data = await call('POST', 'frame/auth')
  if (!isRecord(data) || !isGrant(data.grant) || typeof data.grant.member_id !== 'string') {
    throw new Error('The portal sent a frame context without a grant')
  }
  return {
    grant: { ...data.grant, member_id: data.grant.member_id },
    lang: str(data.lang) || 'en',
    isAdmin: data.isAdmin === true,
    installed: data.installed === true,
    appOptions: isRecord(data.appOptions) ? data.appOptions : {},
    userOptions: isRecord(data.userOptions) ? data.userOptions : {},
  }
}

export async function refresh(refreshToken: string): Promise<Grant | undefined> {
  try {
    const data = await call('POST', 'frame/refresh', { refresh_token: refreshToken })
    return isGrant(data) ? data : undefined
  } catch (error) {
    if (error instanceof ControlError && error.status === 401) return undefined
    throw error
  }
}

export async function setAppOption(
  name: string,
  value: unknown,
): Promise<Record<string, unknown> | undefined> {
  try {
    const data = await call('POST', 'frame/app-option', { name, value })
    return isRecord(data) && isRecord(data.options) ? data.options : {}
  } catch (error) {
    if (error instanceof ControlError && error.status === 403) return undefined
    throw error
  }
}

export async function setUserOption(
  name: string,
  value: unknown,
): Promise<Record<string, unknown>> {
  const data = await call('POST', 'frame/user-option', { name, value })
  return isRecord(data) && isRecord(data.options) ? data.options : {}
}

export async function installFinish(): Promise<void> {
  await call('POST', 'frame/install-finish')
}

function isGrant(value: unknown): value is Grant & { member_id?: unknown } {
  return (
    isRecord(value) &&
    typeof value.access_token === 'string' &&
    typeof value.refresh_token === 'string' &&
    typeof value.expires_in === 'number'
  )
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
