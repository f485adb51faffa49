import { buildScenario } from './scenarios.ts'
import type {
  PortalClock,
  PortalData,
  PortalEvent,
  PortalStorage,
  ResetOptions,
  StatusRow,
} from './types.ts'

const EVENTS_CAP = 200

export interface Store {
  /** The live data; read freely, change only inside `mutate`. */
  readonly data: PortalData
  /** Applies a change; it is saved at once, or at the end of the current batch of work. */
  mutate<T>(change: (data: PortalData) => T): T
  /** Defers saving until `work` ends, so one REST call saves at most once. */
  transaction<T>(work: () => Promise<T>): Promise<T>
  reset(options: ResetOptions): void
  findRow(connector: string, line: string): StatusRow | undefined
  /**
   * The row for a pair, created empty (all flags off) when missing, as the server does. A new
   * row is written with the next save or `flush`, not at once: see `flush`.
   */
  ensureRow(connector: string, line: string): StatusRow
  deleteRow(connector: string, line: string): boolean
  pushEvent(event: PortalEvent): void
  /**
   * Writes rows created by reads, if any are still unwritten. An empty row answers every read
   * exactly as a missing one, so losing them in a crash changes nothing a client can see
   * except the return of a later `imconnector.activate` with ACTIVE=0. Writing them as they
   * are read made each first read of a large portal rewrite its whole data file (~40 ms at
   * 1,000 × 40) on the one thread that answers every request, which a real portal's many
   * workers never do.
   */
  flush(): void
}

export function createStore(storage: PortalStorage, clock: PortalClock): Store {
  const stored = storage.load()
  let data = stored ?? buildScenario({ scenario: 'demo' }, { now: clock.now() })
  assertData(data)
  // A freshly seeded portal is written at once, so the data file exists from the first start.
  if (!stored) storage.save(data)
  let index = buildIndex(data)
  let depth = 0
  let dirty = false
  let unwrittenRows = false

  const save = () => {
    if (depth > 0) {
      dirty = true
      return
    }
    dirty = false
    unwrittenRows = false
    storage.save(data)
  }

  const store: Store = {
    get data() {
      return data
    },
    mutate(change) {
      const result = change(data)
      save()
      return result
    },
    async transaction(work) {
      depth += 1
      try {
        return await work()
      } finally {
        depth -= 1
        if (depth === 0 && dirty) save()
      }
    },
    reset(options) {
      data = buildScenario(options, { now: clock.now(), memberId: data.memberId })
      index = buildIndex(data)
      save()
    },
    findRow: (connector, line) => index.get(key(connector, line)),
    ensureRow(connector, line) {
      const existing = index.get(key(connector, line))
      if (existing) return existing
      const row: StatusRow = {
        connector,
        line,
        ACTIVE: false,
        CONNECTION: false,
        REGISTER: false,
        ERROR: false,
        DATA: {},
      }
      data.statuses.push(row)
      index.set(key(connector, line), row)
      unwrittenRows = true
      return row
    },
    deleteRow(connector, line) {
      const row = index.get(key(connector, line))
      if (!row) return false
      index.delete(key(connector, line))
      data.statuses = data.statuses.filter((r) => r !== row)
      save()
      return true
    },
    pushEvent(event) {
      data.events.push(event)
      if (data.events.length > EVENTS_CAP) data.events.splice(0, data.events.length - EVENTS_CAP)
      save()
    },
    flush() {
      if (unwrittenRows && depth === 0) save()
    },
  }
  return store
}

function key(connector: string, line: string): string {
  return `${connector}\u0000${line}`
}

function buildIndex(data: PortalData): Map<string, StatusRow> {
  const index = new Map<string, StatusRow>()
  for (const row of data.statuses) index.set(key(row.connector, row.line), row)
  return index
}

/** Stored data comes from a file a human may have edited: fail loudly and early. */
function assertData(data: PortalData): void {
  const ok =
    typeof data === 'object' &&
    data !== null &&
    data.version === 1 &&
    Array.isArray(data.lines) &&
    Array.isArray(data.connectors) &&
    Array.isArray(data.statuses) &&
    Array.isArray(data.events) &&
    typeof data.session === 'object' &&
    data.session !== null &&
    typeof data.app === 'object' &&
    data.app !== null
  if (!ok) throw new Error('Stored portal data is not a version 1 PortalData object')
}
