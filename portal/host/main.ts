// The local portal's page: a Bitrix24-looking frame around the app's iframe, the parent side of
// the frame protocol, and the "Local portal" control drawer.
import * as api from './api.ts'
import { append, h } from './dom.ts'
import { createControlPanel } from './panel.ts'
import {
  createFrameSession,
  formatReply,
  frameName,
  type HostEffects,
  newAppSid,
  screenMessage,
} from './protocol.ts'
import { createSlider } from './slider.ts'

const MENU = ['Feed', 'Tasks', 'CRM', 'Contact Center', 'Open Channels', 'Applications']
const APP_TITLE = 'Switchboard'

async function boot(root: HTMLElement): Promise<void> {
  const config = await api.loadConfig()
  const appUrl = chooseAppUrl(config.appUrl)
  const appOrigin = new URL(appUrl).origin
  const theme = chooseTheme()
  if (theme) document.documentElement.dataset.theme = theme
  const appSrc = withTheme(appUrl, theme)

  const title = h('h1', { id: 'pagetitle', class: 'b24-pagetitle' }, APP_TITLE)
  const status = h('p', { class: 'b24-status', attrs: { role: 'status' } })
  const frameBox = h('div', { class: 'b24-app' })
  const userName = [config.user.name, config.user.lastName].filter(Boolean).join(' ') || 'User'

  append(
    root,
    h(
      'header',
      { class: 'b24-header' },
      h(
        'div',
        { class: 'b24-logo' },
        h('span', {}, 'Bitrix'),
        h('b', {}, '24'),
        ' ',
        h('small', {}, config.portalName),
      ),
      h('input', {
        class: 'b24-search',
        attrs: {
          type: 'search',
          placeholder: 'Find people, documents and more',
          'aria-label': 'Search',
        },
      }),
      h(
        'div',
        { class: 'b24-user' },
        h('span', { class: 'b24-avatar', attrs: { 'aria-hidden': 'true' } }, initials(userName)),
        userName,
      ),
    ),
    h(
      'div',
      { class: 'b24-body' },
      h(
        'nav',
        { class: 'b24-menu', attrs: { 'aria-label': 'Main menu' } },
        h(
          'ul',
          {},
          ...MENU.map((item) => h('li', {}, h('span', { class: 'b24-menu-item' }, item))),
          h(
            'li',
            {},
            h(
              'span',
              { class: 'b24-menu-item b24-menu-item--active', attrs: { 'aria-current': 'page' } },
              APP_TITLE,
            ),
          ),
        ),
      ),
      h('main', { class: 'b24-work' }, h('div', { class: 'b24-title' }, title), status, frameBox),
    ),
  )

  const slider = createSlider(document.body)
  let frame: HTMLIFrameElement | undefined
  let appSid = ''
  let session: ReturnType<typeof createFrameSession> | undefined

  const effects: HostEffects = {
    location: { host: location.host, protocol: location.protocol },
    portalOrigin: location.origin,
    frameContext: api.frameContext,
    refresh: api.refresh,
    installFinish: api.installFinish,
    setAppOption: api.setAppOption,
    setUserOption: api.setUserOption,
    resize(width, height) {
      if (!frame) return { width: 0, height: 0 }
      frame.style.width = typeof width === 'number' ? `${width}px` : width
      frame.style.height = `${height}px`
      const box = frame.getBoundingClientRect()
      return { width: Math.round(box.width), height: Math.round(box.height) }
    },
    setTitle(text) {
      title.textContent = text
    },
    setScroll(top) {
      window.scrollTo({ top })
    },
    reloadFrame: () => loadFrame(),
    openSlider: (content) => slider.open(content),
    closeSlider: () => slider.close(),
    debug: (message, detail) => console.debug(`[portal] ${message}`, detail ?? ''),
  }

  // A fresh iframe per load: the SDK reads window.name once, and a new APP_SID means replies
  // meant for the previous load can never reach the new one.
  function loadFrame(): void {
    slider.close()
    appSid = newAppSid((bytes) => crypto.getRandomValues(bytes))
    const next = document.createElement('iframe')
    next.className = 'b24-app-frame'
    next.title = `${APP_TITLE} application`
    // The name must be in place before src, or the app starts without its portal.
    next.name = frameName(location, appSid)
    next.src = appSrc
    frameBox.replaceChildren(next)
    frame = next
    session = createFrameSession(effects)
    title.textContent = APP_TITLE
  }

  window.addEventListener('message', (event: MessageEvent) => {
    const current = frame
    if (!current || !session || event.source !== current.contentWindow) return
    const screened = screenMessage(event, { appOrigin, appSid })
    if (!screened.accept) {
      effects.debug(`dropped a frame message (${screened.reason})`, screened.command ?? event.data)
      return
    }
    const { message } = screened
    const sid = appSid
    session.handle(message).then(
      (outcome) => {
        // The frame may have been reloaded while the portal was answering.
        if (!outcome.reply || sid !== appSid || current !== frame) return
        current.contentWindow?.postMessage(
          formatReply(message.callbackId, outcome.result),
          appOrigin,
        )
      },
      (error: unknown) => {
        console.error(`[portal] ${message.command} failed`, error)
        status.textContent = `The portal could not answer ${message.command}: ${describe(error)}`
      },
    )
  })

  document.body.append(
    createControlPanel({
      reloadFrame: loadFrame,
      appUrl,
    }),
  )
  loadFrame()
}

/** `?theme=light|dark` plays the portal's colour theme; without it the portal names none. */
function chooseTheme(): 'light' | 'dark' | undefined {
  const requested = new URLSearchParams(location.search).get('theme')
  return requested === 'light' || requested === 'dark' ? requested : undefined
}

/** The app's address with the portal's theme in it, the one hint the app reads at launch. */
function withTheme(appUrl: string, theme: 'light' | 'dark' | undefined): string {
  if (!theme) return appUrl
  const url = new URL(appUrl)
  url.searchParams.set('theme', theme)
  return url.href
}

/** `?app=<url>` embeds any other frame app; only http(s) URLs are taken. */
function chooseAppUrl(configured: string): string {
  const requested = new URLSearchParams(location.search).get('app')
  if (requested) {
    try {
      const url = new URL(requested)
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href
    } catch {
      // fall through to the configured app
    }
    console.warn(`[portal] ignoring ?app=${requested}: not an http(s) URL`)
  }
  return configured
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase()
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const root = document.getElementById('portal')
if (root) {
  boot(root).catch((error: unknown) => {
    root.replaceChildren(
      h(
        'p',
        { class: 'b24-fatal', attrs: { role: 'alert' } },
        `The local portal failed to start: ${describe(error)}`,
      ),
    )
  })
}
