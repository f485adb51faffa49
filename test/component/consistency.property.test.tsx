// Model-based property test: whatever the user clicks, whatever the portal answers and in
// whatever order, once everything settles the screen equals the portal, nothing is left
// busy, every failed switch was reported exactly once and the portal holds nothing the user
// (or another administrator) did not ask for.
//
// Every REST request of the app goes through fast-check's scheduler twice: once to reach the
// portal and once for its reply to come back, so requests and replies arrive in any order.
// The commands are the user's clicks, the confirmation dialog's answers, refreshes, another
// administrator switching cells behind the app's back, injected faults and `Deliver`, which
// lets the scheduler release a few pending requests or replies. A failure prints the seed,
// the shrunk command list and the scheduler's task order.
//
// What "reported exactly once" means here: a switch *fails* when its imconnector.activate
// call ends in an error (after the client's own token refresh and retry). It is *superseded*
// when, by the time it fails, the user has already clicked the same cell again: the newer
// intent replaces it and nothing of what the user wants is lost. Every failure that is not
// superseded is announced once in the live region; superseded ones are not announced at all.
// At the end a cell shows a "Not switched …" notice exactly when its last switch failed.

import { QueryClient, notifyManager } from '@tanstack/react-query'
import { fireEvent, render, waitFor } from '@testing-library/react'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryStorage } from '../../portal/model/memory-storage'
import { createPortal } from '../../portal/model/portal'
import type { FaultRule, Portal, RestRequest, StatusRow } from '../../portal/model/types'
import { App } from '../../src/app/app'
import { withAuthRetry } from '../../src/bitrix/auth-retry'
import type { PortalClient } from '../../src/bitrix/client'
import { resetUiStores } from '../support/reset-stores'
import { createInProcessClient, createTestFrame } from '../support/in-process-client'

const LINES = 3
const CONNECTORS = 3
// Tuning and replay from the environment (the app's tsconfig has no Node types).
const env =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {}
const NUM_RUNS = Number(env.PROPERTY_RUNS ?? 500)
// A long hunt (PROPERTY_RUNS in the thousands) gets the time it needs.
const TIMEOUT_MS = Math.max(600_000, NUM_RUNS * 1_000)

// React batches renders on macrotasks; with act() around every scheduler step the test
// would not see the app as a user does. The app renders on its own and the test yields.
let previousActEnvironment: unknown
beforeAll(async () => {
  // The board waits for the filter and bulk bars' chunks, asked for on its first render. A
  // module's first import here is a file read and a transform, longer than settle's turns
  // (in a browser, a cached chunk): loaded once, up front.
  await Promise.all([
    import('../../src/features/switchboard/components/filter-bar'),
    import('../../src/features/switchboard/components/bulk-bar'),
  ])
  notifyManager.setScheduler((callback) => setImmediate(callback))
  previousActEnvironment = (globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT
  ;(globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = false
})
afterAll(() => {
  notifyManager.setScheduler((callback) => setTimeout(callback, 0))
  ;(globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = previousActEnvironment
})

// React's scheduler runs on setImmediate in Node; react-query notifies on a timer unless told
// otherwise. Both on setImmediate keep a run to a few milliseconds instead of timer ticks.
const setImmediate = (globalThis as unknown as { setImmediate: (callback: () => void) => void })
  .setImmediate
const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve))
async function yieldToApp() {
  // React's scheduler, react-query's notifications and our own awaits each take a turn.
  await macrotask()
  await macrotask()
}

interface CellRef {
  row: number
  col: number
}

interface Intent {
  row: number
  col: number
  on: boolean
  /** Set when its imconnector.activate settles. */
  outcome?: 'ok' | 'failed'
  superseded?: boolean
  /** The reply was lost after the portal applied it: the app cannot know what happened. */
  ambiguous?: boolean
}

interface Model {
  lineIds: string[]
  connectorIds: string[]
  intents: Intent[]
  /** Cells another administrator switched. */
  otherAdmin: Set<string>
  /** Cells switched off by the app; each needs a confirmation or "don't ask again". */
  confirmations: number
  skipConfirmation: boolean
  dialogOpen: boolean
  /** Replies of the next N app requests of this method are lost after the portal applied them. */
  loseReply: Map<string, number>
  /** Things the app did that no one asked for, seen where they happened. */
  violations: string[]
}

interface Real {
  portal: Portal
  s: fc.Scheduler
  announcements: string[]
}

const key = (row: number, col: number) => `${row}:${col}`

function switchAt(row: number, col: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `[role="switch"][data-row="${row}"][data-col="${col}"]`,
  )
}

function buttonWithText(text: string): HTMLButtonElement | undefined {
  return [...document.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent?.trim() === text,
  )
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`)
  return value
}
const lineOf = (m: Model, row: number) => must(m.lineIds[row], `line ${row}`)
const connectorOf = (m: Model, col: number) => must(m.connectorIds[col], `connector ${col}`)

function syncDialog(m: Model) {
  m.dialogOpen = document.querySelector('[role="dialog"]') !== null
}

function statusTextOf(element: HTMLElement): string {
  const id = element.getAttribute('aria-describedby')?.split(' ')[0]
  return (id && document.getElementById(id)?.textContent) || ''
}

/** What the grid must show for a portal row, per imconnector.status and decision 001. */
function expectedFor(row: StatusRow | undefined): { on: boolean; text: string } {
  if (!row) return { on: false, text: 'Off' }
  const configured = row.ACTIVE && row.CONNECTION && row.REGISTER
  if (configured && !row.ERROR) return { on: true, text: 'Working' }
  if (configured) return { on: true, text: 'Error' }
  if (row.ERROR) return { on: true, text: 'Setup incomplete' }
  return { on: false, text: 'Off' }
}

function portalRow(portal: Portal, lineId: string, connectorId: string) {
  return portal.snapshot().statuses.find((s) => s.line === lineId && s.connector === connectorId)
}

// ---- commands -------------------------------------------------------------------------

class ClickSwitch implements fc.AsyncCommand<Model, Real> {
  constructor(readonly cell: CellRef) {}
  check = (m: Readonly<Model>) => !m.dialogOpen
  async run(m: Model) {
    const element = switchAt(this.cell.row, this.cell.col)
    if (!element) return
    // The user asks for the opposite of what they see, whether or not the cell is busy.
    const wanted = element.getAttribute('aria-checked') !== 'true'
    fireEvent.click(element)
    if (wanted || m.skipConfirmation) {
      m.intents.push({ ...this.cell, on: wanted })
    }
    await yieldToApp()
    // Switching off always asks first, unless the user said not to for this session (the
    // dialog's code is loaded on demand, so it may take a moment to appear).
    if (!wanted && !m.skipConfirmation) {
      await waitFor(() => expect(document.querySelector('[role="dialog"]')).not.toBeNull())
    }
    syncDialog(m)
  }
  toString = () => `click(${this.cell.row},${this.cell.col})`
}

class ConfirmOff implements fc.AsyncCommand<Model, Real> {
  constructor(readonly dontAskAgain: boolean) {}
  check = (m: Readonly<Model>) => m.dialogOpen
  async run(m: Model) {
    const dialog = document.querySelector('[role="dialog"]')
    if (!dialog) return
    const title = dialog.querySelector('h2')?.textContent ?? ''
    const cell = cellFromTitle(m, title)
    if (this.dontAskAgain)
      fireEvent.click(must(dialog.querySelector('input[type="checkbox"]'), 'the checkbox'))
    fireEvent.click(must(buttonWithText('Turn off and delete settings'), 'the confirm button'))
    m.confirmations += 1
    if (this.dontAskAgain) m.skipConfirmation = true
    m.intents.push({ ...cell, on: false })
    await yieldToApp()
    syncDialog(m)
  }
  toString = () => `confirmOff(${this.dontAskAgain ? 'don’t ask again' : ''})`
}

/** The large scenario names lines "<team> <region> #<n>" and connectors by their names. */
function cellFromTitle(m: Model, title: string): CellRef {
  // "Turn off <connector> on <line>?": find the switch with that accessible name.
  const name = title.replace(/^Turn off /, '').replace(/\?$/, '')
  for (let row = 0; row < m.lineIds.length; row += 1) {
    for (let col = 0; col < m.connectorIds.length; col += 1) {
      if (switchAt(row, col)?.getAttribute('aria-label') === name) return { row, col }
    }
  }
  throw new Error(`no switch for the dialog “${title}”`)
}

class CancelOff implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.dialogOpen
  async run(m: Model) {
    const button = buttonWithText('Keep it on')
    if (button) fireEvent.click(button)
    await yieldToApp()
    syncDialog(m)
  }
  toString = () => 'cancelOff'
}

class Refresh implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => !m.dialogOpen
  async run(m: Model) {
    const button = buttonWithText('Refresh') ?? buttonWithText('Try again')
    if (button && !button.disabled) fireEvent.click(button)
    await yieldToApp()
    syncDialog(m)
  }
  toString = () => 'refresh'
}

/** Another administrator switches a cell directly on the portal. */
class OtherAdmin implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly cell: CellRef,
    readonly on: boolean,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    m.otherAdmin.add(key(this.cell.row, this.cell.col))
    await r.portal.rest({
      method: 'imconnector.activate',
      params: {
        CONNECTOR: m.connectorIds[this.cell.col],
        LINE: m.lineIds[this.cell.row],
        ACTIVE: this.on ? 1 : 0,
      },
      token: r.portal.issueAuth().access_token,
    })
    otherAdminCalls.add(`${m.lineIds[this.cell.row]}|${m.connectorIds[this.cell.col]}`)
    await yieldToApp()
  }
  toString = () => `otherAdmin(${this.cell.row},${this.cell.col},${this.on ? 'on' : 'off'})`
}
let otherAdminCalls = new Set<string>()

type FaultKind = 'http500' | 'http503' | 'network' | 'malformed'
const FAULTS: Record<FaultKind, Pick<FaultRule, 'error' | 'status'>> = {
  http500: { error: 'INTERNAL_SERVER_ERROR', status: 500 },
  http503: { error: 'QUERY_LIMIT_EXCEEDED', status: 503 },
  network: { error: 'NETWORK_ERROR' },
  malformed: { error: 'MALFORMED_RESPONSE', status: 502 },
}

/** The next call of a method (or a batch sub-command) fails once. */
class InjectFault implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly method: string,
    readonly kind: FaultKind,
    readonly cell?: CellRef,
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    const rule: FaultRule = { method: this.method, ...FAULTS[this.kind], times: 1 }
    if (this.cell) {
      rule.match = {
        CONNECTOR: m.connectorIds[this.cell.col] ?? '',
        LINE: m.lineIds[this.cell.row] ?? '',
      }
    }
    r.portal.setFaults([...r.portal.snapshot().faults, rule])
  }
  toString = () =>
    `fault(${this.method}, ${this.kind}${this.cell ? `, ${this.cell.row},${this.cell.col}` : ''})`
}

class ExpireToken implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(_m: Model, r: Real) {
    r.portal.expireTokens()
  }
  toString = () => 'expireToken'
}

/** The portal applies the next switch but its reply is lost on the way back. */
class LoseReply implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(m: Model) {
    m.loseReply.set('imconnector.activate', (m.loseReply.get('imconnector.activate') ?? 0) + 1)
  }
  toString = () => 'loseNextSwitchReply'
}

/** Lets the scheduler release up to n pending requests or replies, in the order it picks. */
class Deliver implements fc.AsyncCommand<Model, Real> {
  constructor(readonly count: number) {}
  check = () => true
  async run(m: Model, r: Real) {
    for (let i = 0; i < this.count && r.s.count() > 0; i += 1) {
      await r.s.waitOne()
      await yieldToApp()
    }
    syncDialog(m)
  }
  toString = () => `deliver(${this.count})`
}

const cellArb = fc.record({
  row: fc.integer({ min: 0, max: LINES - 1 }),
  col: fc.integer({ min: 0, max: CONNECTORS - 1 }),
})

const click = cellArb.map((c) => new ClickSwitch(c))
const commandArbs = [
  // Clicks and deliveries weigh most: races need many of both.
  click,
  click,
  click,
  click,
  fc.boolean().map((b) => new ConfirmOff(b)),
  fc.constant(new CancelOff()),
  fc.constant(new Refresh()),
  fc.tuple(cellArb, fc.boolean()).map(([c, on]) => new OtherAdmin(c, on)),
  fc
    .tuple(
      fc.constantFrom('imconnector.activate', 'batch', 'imconnector.status', 'imconnector.list'),
      fc.constantFrom<FaultKind>('http500', 'http503', 'network', 'malformed'),
      fc.option(cellArb, { nil: undefined }),
    )
    .map(
      ([method, kind, cell]) =>
        new InjectFault(
          method,
          kind,
          method === 'imconnector.activate' || method === 'imconnector.status' ? cell : undefined,
        ),
    ),
  fc.constant(new ExpireToken()),
  fc.constant(new LoseReply()),
  fc.integer({ min: 1, max: 6 }).map((n) => new Deliver(n)),
  fc.integer({ min: 1, max: 6 }).map((n) => new Deliver(n)),
]

// ---- the run ----------------------------------------------------------------------------

/** The app's REST traffic, each request and each reply released by the scheduler. */
function scheduledPortal(portal: Portal, s: fc.Scheduler, m: Model): Portal {
  return {
    ...portal,
    rest: async (request: RestRequest) => {
      const label = describeRequest(request)
      await s.schedule(Promise.resolve(), `→ ${label}`)
      const response = await portal.rest(request)
      const lost = m.loseReply.get(request.method) ?? 0
      if (lost > 0 && response.kind === 'json' && response.status === 200) {
        m.loseReply.set(request.method, lost - 1)
        markAmbiguous(m, request)
        await s.schedule(Promise.resolve(), `✗ ${label}`)
        return { kind: 'network-error' as const }
      }
      // Scheduled without the answer: a failure's report lists every task with its value,
      // and whole batch answers pushed the seed out of CI's excerpt of the log.
      await s.schedule(Promise.resolve(), `← ${label}`)
      return response
    },
  }
}

function describeRequest(request: RestRequest): string {
  const p = request.params
  if (request.method === 'imconnector.activate')
    return `activate(${String(p.LINE)},${String(p.CONNECTOR)},${String(p.ACTIVE)})`
  if (request.method === 'batch') return `batch(${Object.keys(p.cmd ?? {}).length})`
  return request.method
}

function markAmbiguous(m: Model, request: RestRequest) {
  if (request.method !== 'imconnector.activate') return
  const row = m.lineIds.indexOf(String(request.params.LINE))
  const col = m.connectorIds.indexOf(String(request.params.CONNECTOR))
  const intent = [...m.intents].reverse().find((i) => i.row === row && i.col === col)
  if (intent) intent.ambiguous = true
}

/** Records how each switch ended, and whether a newer click had replaced it by then. */
function observedClient(client: PortalClient, m: Model): PortalClient {
  // Per cell, switches reach the portal one after the other (one mutation scope per cell),
  // so the n-th activate call of a cell is the cell's n-th intent.
  const started = new Map<string, number>()
  return {
    batch: (calls) => client.batch(calls),
    async call(method, params = {}) {
      if (method !== 'imconnector.activate') return client.call(method, params)
      const row = m.lineIds.indexOf(String(params.LINE))
      const col = m.connectorIds.indexOf(String(params.CONNECTOR))
      const cellIntents = m.intents.filter((i) => i.row === row && i.col === col)
      const index = started.get(key(row, col)) ?? 0
      started.set(key(row, col), index + 1)
      const intent = cellIntents[index]
      if (!intent || params.ACTIVE !== (intent.on ? 1 : 0)) {
        m.violations.push(`the app switched ${key(row, col)} to ${String(params.ACTIVE)} unasked`)
      }
      try {
        const result = await client.call(method, params)
        if (intent) intent.outcome = 'ok'
        return result
      } catch (error) {
        if (intent) {
          intent.outcome = 'failed'
          const now = m.intents.filter((i) => i.row === row && i.col === col)
          intent.superseded = now.length > index + 1
        }
        throw error
      }
    },
  }
}

async function settle(r: Real, queryClient: QueryClient) {
  for (let guard = 0; guard < 2_000; guard += 1) {
    if (r.s.count() > 0) {
      await r.s.waitOne()
      await yieldToApp()
      continue
    }
    await yieldToApp()
    if (
      r.s.count() === 0 &&
      queryClient.isMutating() === 0 &&
      queryClient.isFetching() === 0 &&
      document.querySelector('[aria-busy="true"]') === null
    )
      return
  }
  throw new Error('the app never settled')
}

function checkScreenEqualsPortal(
  m: Model,
  portal: Portal,
  skip: (row: number, col: number) => boolean,
) {
  for (let row = 0; row < LINES; row += 1) {
    for (let col = 0; col < CONNECTORS; col += 1) {
      if (skip(row, col)) continue
      const element = switchAt(row, col)
      expect(element, `switch ${key(row, col)} is on screen`).not.toBeNull()
      const cell = must(element, `switch ${key(row, col)}`)
      const expected = expectedFor(portalRow(portal, lineOf(m, row), connectorOf(m, col)))
      const where = `${cell.getAttribute('aria-label')}`
      expect(cell.getAttribute('aria-checked'), `${where} on/off`).toBe(String(expected.on))
      expect(statusTextOf(cell), `${where} state`).toBe(expected.text)
    }
  }
}

async function runOnce(
  seed: number,
  s: fc.Scheduler,
  commands: Iterable<fc.AsyncCommand<Model, Real>>,
) {
  const portal = createPortal({
    storage: createMemoryStorage(),
    domain: 'localhost:3000',
    limits: { burst: 1_000_000, drainPerSecond: 1_000_000 },
  })
  portal.reset({ scenario: 'large', lines: LINES, connectors: CONNECTORS, seed })
  const initial = portal.snapshot()
  const m: Model = {
    lineIds: initial.lines.map((l) => l.ID),
    connectorIds: initial.connectors.map((c) => c.id),
    intents: [],
    otherAdmin: new Set(),
    confirmations: 0,
    skipConfirmation: false,
    dialogOpen: false,
    loseReply: new Map(),
    violations: [],
  }
  otherAdminCalls = new Set()
  resetUiStores()
  const client = observedClient(
    withAuthRetry(createInProcessClient(scheduledPortal(portal, s, m))),
    m,
  )
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, gcTime: Infinity },
      mutations: { retry: false, gcTime: Infinity },
    },
  })
  const r: Real = { portal, s, announcements: [] }
  const view = render(
    <App
      connection={{
        client,
        frame: createTestFrame(),
        portalKey: 'property',
        user: { id: '1', name: 'Test', lastName: 'Admin' },
      }}
      queryClient={queryClient}
    />,
  )
  const region = must(document.querySelector('[role="status"][aria-live="polite"]'), 'live region')
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const text = node.textContent ?? ''
        if (/was not switched/.test(text)) r.announcements.push(text)
      }
    }
  })
  observer.observe(region, { childList: true, subtree: true, characterData: true })
  try {
    await settle(r, queryClient)
    expect(switchAt(LINES - 1, CONNECTORS - 1), 'the grid loaded').not.toBeNull()

    await fc.asyncModelRun(() => ({ model: m, real: r }), commands)

    // Everything settles: the scheduler drains, nothing fetches, nothing is busy.
    await settle(r, queryClient)
    portal.clearFaults()
    m.loseReply.clear()

    // Before any refresh: cells only this user switched, with unambiguous outcomes, equal the
    // portal already (the switch's own re-read), and the grid never disappeared.
    const ambiguous = new Set(m.intents.filter((i) => i.ambiguous).map((i) => key(i.row, i.col)))
    checkScreenEqualsPortal(m, portal, (row, col) => {
      const k = key(row, col)
      if (m.otherAdmin.has(k) || ambiguous.has(k)) return true
      const element = switchAt(row, col)
      return element !== null && statusTextOf(element) === 'Unknown'
    })

    // Every failure that was not superseded was announced exactly once; no other.
    const failures = m.intents.filter((i) => i.outcome === 'failed' && !i.superseded)
    expect(r.announcements, 'announcements of failed switches').toHaveLength(failures.length)
    for (let row = 0; row < LINES; row += 1) {
      for (let col = 0; col < CONNECTORS; col += 1) {
        const last = [...m.intents].reverse().find((i) => i.row === row && i.col === col)
        const notice = must(switchAt(row, col)?.closest('.cell'), 'cell').querySelector(
          '.cell__notice--error',
        )
        expect(notice !== null, `failure notice on ${key(row, col)}`).toBe(
          last?.outcome === 'failed',
        )
      }
    }
    expect(
      m.intents.every((i) => i.outcome !== undefined),
      'every click reached an end',
    ).toBe(true)

    // One last refresh picks up the other administrator's changes; then all of it is equal.
    if (m.dialogOpen) fireEvent.click(must(buttonWithText('Keep it on'), 'cancel button'))
    await yieldToApp()
    fireEvent.click(must(buttonWithText('Refresh') ?? buttonWithText('Try again'), 'refresh'))
    await settle(r, queryClient)
    checkScreenEqualsPortal(m, portal, () => false)
    expect(document.querySelector('[aria-busy="true"]')).toBeNull()

    stats.runs += 1
    stats.intents += m.intents.length
    stats.failed += m.intents.filter((i) => i.outcome === 'failed').length
    stats.superseded += m.intents.filter((i) => i.superseded).length
    stats.otherAdmin += m.otherAdmin.size

    // Nothing changed in the portal that nobody asked for.
    expect(m.violations).toEqual([])
    const off = m.intents.filter((i) => !i.on).length
    expect(off, 'every switch off was confirmed').toBeLessThanOrEqual(
      m.confirmations + (m.skipConfirmation ? m.intents.length : 0),
    )
    const final = portal.snapshot()
    for (let row = 0; row < LINES; row += 1) {
      for (let col = 0; col < CONNECTORS; col += 1) {
        if (m.intents.some((i) => i.row === row && i.col === col)) continue
        if (m.otherAdmin.has(key(row, col))) continue
        const line = lineOf(m, row)
        const connector = connectorOf(m, col)
        const find = (rows: StatusRow[]) =>
          rows.find((x) => x.line === line && x.connector === connector)
        // imconnector.status may leave an empty row behind; that is not a change.
        expect(normalise(find(final.statuses)), `untouched ${key(row, col)}`).toEqual(
          normalise(find(initial.statuses)),
        )
      }
    }
    const allowed = new Set([
      'imopenlines.config.list.get',
      'imconnector.list',
      'batch',
      'imconnector.activate',
    ])
    for (const entry of portal.log()) {
      expect(allowed.has(entry.method), `the app called ${entry.method}`).toBe(true)
      // Batches read: lines and connectors (the grid's shape) and states, nothing else.
      for (const command of entry.commands ?? [])
        expect(['imconnector.status', 'imconnector.list', 'imopenlines.config.list.get']).toContain(
          command.method,
        )
    }
  } finally {
    observer.disconnect()
    view.unmount()
    queryClient.clear()
  }
}

const stats = { runs: 0, intents: 0, failed: 0, superseded: 0, otherAdmin: 0 }
afterAll(() => {
  if (env.PROPERTY_STATS) console.info('property test:', stats)
})

function normalise(row: StatusRow | undefined) {
  if (!row) return undefined
  if (!row.ACTIVE && !row.CONNECTION && !row.REGISTER && !row.ERROR) {
    if (Object.keys(row.DATA).length === 0) return undefined
  }
  return row
}

describe('the screen always ends equal to the portal', () => {
  it(
    'after any clicks, confirmations, refreshes, other admins, faults and reply orders',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 10_000 }),
          fc.scheduler(),
          fc.commands(commandArbs, {
            maxCommands: 40,
            size: 'medium',
            ...(env.PROPERTY_REPLAY ? { replayPath: env.PROPERTY_REPLAY } : {}),
          }),
          async (seed, s, commands) => runOnce(seed, s, commands),
        ),
        {
          numRuns: NUM_RUNS,
          // Replay a reported failure: PROPERTY_SEED=<seed> PROPERTY_PATH=<path>
          // PROPERTY_REPLAY=<replayPath> npx vitest run test/component/consistency.property.test.tsx
          ...(env.PROPERTY_SEED ? { seed: Number(env.PROPERTY_SEED) } : {}),
          ...(env.PROPERTY_PATH ? { path: env.PROPERTY_PATH } : {}),
        },
      )
    },
    TIMEOUT_MS,
  )
})
