// The "Local portal" drawer: everything the control API can do, for a person instead of curl.
import { call, isRecord } from './api.ts'
import { field, h, select } from './dom.ts'

const SCENARIOS = ['demo', 'empty', 'large', 'hostile', 'readonly']
const LANGUAGES: [string, string][] = [
  ['en', 'English (en)'],
  ['ru', 'Русский (ru)'],
  ['de', 'Deutsch (de)'],
  ['la', 'Español (la)'],
  ['br', 'Português (br)'],
]
const ERRORS: [string, string][] = [
  ['INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR (500)'],
  ['QUERY_LIMIT_EXCEEDED', 'QUERY_LIMIT_EXCEEDED (503)'],
  ['expired_token', 'expired_token (401)'],
  ['ACCESS_DENIED', 'ACCESS_DENIED (403)'],
  ['NETWORK_ERROR', 'NETWORK_ERROR (connection dropped)'],
  ['OPERATION_TIME_LIMIT', 'OPERATION_TIME_LIMIT (429)'],
  ['MALFORMED_RESPONSE', 'MALFORMED_RESPONSE (not JSON)'],
  ['', '(none: latency only)'],
]
const METHODS = [
  'batch',
  'imopenlines.config.list.get',
  'imconnector.list',
  'imconnector.status',
  'imconnector.activate',
]

export function createControlPanel(options: {
  reloadFrame: () => void
  appUrl: string
}): HTMLElement {
  const message = h('p', {
    class: 'panel-message',
    attrs: { role: 'status', 'aria-live': 'polite' },
  })
  const say = (text: string) => {
    message.textContent = text
  }
  const act = (label: string, run: () => Promise<void>) => async () => {
    try {
      await run()
      say(`${label}: done`)
    } catch (error) {
      say(`${label} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const button = (label: string, onClick: () => void, kind = '') =>
    h(
      'button',
      { class: `b24-button ${kind}`, attrs: { type: 'button' }, on: { click: onClick } },
      label,
    )
  const number = (value: string, min: string, max: string, step = '1') =>
    h('input', { attrs: { type: 'number', value, min, max, step, inputmode: 'numeric' } })

  // Scenario
  const scenario = select(SCENARIOS, 'demo')
  const lines = number('500', '0', '5000')
  const connectors = number('30', '0', '200')
  const syncLarge = () => {
    const large = scenario.value === 'large'
    lines.disabled = !large
    connectors.disabled = !large
  }
  scenario.addEventListener('change', syncLarge)
  syncLarge()
  const reset = act('Reset', async () => {
    const body: Record<string, unknown> = { scenario: scenario.value }
    if (scenario.value === 'large') {
      body.lines = Number(lines.value)
      body.connectors = Number(connectors.value)
    }
    await call('POST', 'reset', body)
    await refreshState()
    options.reloadFrame()
  })

  // Session
  const lang = select(LANGUAGES, 'en')
  const isAdmin = h('input', { attrs: { type: 'checkbox' } })
  const canModify = h('input', { attrs: { type: 'checkbox' } })
  const applySession = act('Session', async () => {
    await call('POST', 'session', {
      lang: lang.value,
      isAdmin: isAdmin.checked,
      canModifyConnectors: canModify.checked,
    })
    options.reloadFrame()
  })
  const expire = act('Expire token', async () => {
    await call('POST', 'session', { expireNow: true })
  })
  const uninstall = act('Install mode', async () => {
    await call('POST', 'app', { installed: false })
    options.reloadFrame()
  })

  // Faults
  const faultMethod = h('input', {
    attrs: { type: 'text', list: 'panel-methods', placeholder: 'every method' },
  })
  const methods = h(
    'datalist',
    { id: 'panel-methods' },
    ...METHODS.map((m) => h('option', { attrs: { value: m } })),
  )
  const faultError = select(ERRORS, 'INTERNAL_SERVER_ERROR')
  const faultTimes = number('1', '0', '1000')
  const faultLatency = number('0', '0', '120000', '100')
  const faultList = h('pre', {
    class: 'panel-pre panel-faults',
    attrs: { 'aria-label': 'Active faults' },
  })
  let faults: unknown[] = []
  const addFault = act('Add failure', async () => {
    const rule: Record<string, unknown> = {}
    if (faultMethod.value.trim()) rule.method = faultMethod.value.trim()
    if (faultError.value) rule.error = faultError.value
    const times = Number(faultTimes.value)
    if (times > 0) rule.times = times
    const latency = Number(faultLatency.value)
    if (latency > 0) rule.latencyMs = latency
    const data = await call('POST', 'faults', { rules: [...faults, rule] })
    showFaults(isRecord(data) && Array.isArray(data.faults) ? data.faults : [])
  })
  const clearFaults = act('Clear failures', async () => {
    await call('DELETE', 'faults')
    showFaults([])
  })
  const showFaults = (list: unknown[]) => {
    faults = list
    faultList.textContent =
      list.length === 0 ? '(none)' : list.map((f) => JSON.stringify(f)).join('\n')
  }

  // Limits
  const burst = number('50', '1', '100000')
  const drain = number('2', '0.01', '100000', '0.5')
  const applyLimits = act('Limits', async () => {
    await call('POST', 'limits', {
      burst: Number(burst.value),
      drainPerSecond: Number(drain.value),
    })
  })

  // Log
  const log = h('pre', {
    class: 'panel-pre panel-log',
    attrs: { 'aria-label': 'Request log', tabindex: '0' },
  })
  const clearLog = act('Clear log', async () => {
    await call('DELETE', 'log')
    log.textContent = ''
  })

  async function refreshState(): Promise<void> {
    const state = await call('GET', 'state')
    if (!isRecord(state)) return
    if (typeof state.scenario === 'string') scenario.value = state.scenario
    syncLarge()
    if (isRecord(state.session)) {
      if (typeof state.session.lang === 'string') lang.value = state.session.lang
      isAdmin.checked = state.session.isAdmin === true
      canModify.checked = state.session.canModifyConnectors === true
    }
    if (isRecord(state.limits)) {
      burst.value = String(state.limits.burst)
      drain.value = String(state.limits.drainPerSecond)
    }
    showFaults(Array.isArray(state.faults) ? state.faults : [])
  }

  async function pollLog(): Promise<void> {
    const data = await call('GET', 'log')
    const entries = isRecord(data) && Array.isArray(data.entries) ? data.entries : []
    const atBottom = log.scrollTop + log.clientHeight >= log.scrollHeight - 4
    log.textContent = formatLog(entries.slice(-300))
    if (atBottom) log.scrollTop = log.scrollHeight
  }

  const drawer = h(
    'section',
    { class: 'panel', id: 'local-portal-panel', attrs: { 'aria-label': 'Local portal' } },
    h('h2', {}, 'Local portal'),
    h('p', { class: 'panel-note' }, `App: ${options.appUrl}`),
    message,
    group(
      'Scenario',
      field('Scenario', scenario),
      field('Lines (large)', lines),
      field('Connectors (large)', connectors),
      button('Reset portal', () => void reset(), 'b24-button--primary'),
    ),
    group(
      'Session',
      field('Language', lang),
      field('Administrator', isAdmin),
      field('May connect channels', canModify),
      button('Apply and reload app', () => void applySession(), 'b24-button--primary'),
      button('Expire the token now', () => void expire()),
      button('Put the app in install mode', () => void uninstall()),
    ),
    group(
      'Inject a failure',
      methods,
      field('Method', faultMethod),
      field('Error', faultError),
      field('Times (0 = until cleared)', faultTimes),
      field('Latency, ms', faultLatency),
      button('Add failure', () => void addFault(), 'b24-button--primary'),
      button('Clear failures', () => void clearFaults()),
      faultList,
    ),
    group(
      'Rate limit',
      field('Burst', burst),
      field('Drain per second', drain),
      button('Apply limits', () => void applyLimits()),
    ),
    group(
      'Request log',
      log,
      button('Clear log', () => void clearLog()),
    ),
  )
  drawer.hidden = true

  let timer: number | undefined
  const toggle = h(
    'button',
    {
      class: 'panel-toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'local-portal-panel' },
      on: {
        click: () => {
          const opening = drawer.hidden
          drawer.hidden = !opening
          toggle.setAttribute('aria-expanded', String(opening))
          window.clearInterval(timer)
          if (opening) {
            void act('Load state', refreshState)().then(() => say(''))
            void pollLog().catch(() => undefined)
            timer = window.setInterval(() => void pollLog().catch(() => undefined), 1000)
          }
        },
      },
    },
    'Local portal',
  )
  return h('div', { class: 'panel-root' }, toggle, drawer)
}

function group(legend: string, ...children: HTMLElement[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'panel-group' }, h('legend', {}, legend), ...children)
}

/** One line per request, batch commands indented below it; all plain text. */
export function formatLog(entries: unknown[]): string {
  const out: string[] = []
  for (const entry of entries) {
    if (!isRecord(entry)) continue
    const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '--:--:--'
    const error = typeof entry.error === 'string' ? `  ${entry.error}` : ''
    out.push(
      `${time}  ${String(entry.status)}  ${String(entry.method)}  ${compact(entry.params)}${error}`,
    )
    if (Array.isArray(entry.commands)) {
      for (const command of entry.commands) {
        if (!isRecord(command)) continue
        const failed = typeof command.error === 'string' ? `  ${command.error}` : ''
        out.push(
          `          ${String(command.key)}: ${String(command.method)} ${compact(command.params)}${failed}`,
        )
      }
    }
  }
  return out.join('\n')
}

function compact(params: unknown): string {
  if (!isRecord(params)) return ''
  const text = JSON.stringify(params)
  return text === '{}' ? '' : text.length > 160 ? `${text.slice(0, 157)}…` : text
}
