import { BATCH_LIMIT, type PortalClient } from '../../../bitrix/client'
import { PortalError } from '../../../bitrix/errors'
import { parseStatus } from '../model'
import type { MatrixCell, UnknownCell } from './load-matrix'

export type Row = Record<string, MatrixCell>

interface PendingRow {
  lineId: string
  unsent: string[]
  waiting: number
  cells: Row
  failed: boolean
  /** Whether its line was on screen when the last request was packed. */
  visible: boolean
  /** Told the cells read so far after each answer while the row is on screen. */
  onCells: ((cells: Row) => void) | undefined
  resolve: (row: Row) => void
  reject: (error: unknown) => void
}

export interface RowLoaderOptions {
  client: PortalClient
  /** Rows the user can see are read first; asked again at every request, so scrolling counts. */
  isVisible: (lineId: string) => boolean
  /**
   * Requests in flight at once for rows off screen: enough to hide latency, few enough that
   * a row scrolled into view waits behind at most this many (the client queues the rest for the
   * portal's rate limit).
   */
  concurrency?: number
  /**
   * Requests in flight at once while rows on screen are waiting: they go out together, so
   * the first screen costs one or two round trips instead of one per request.
   */
  visibleConcurrency?: number
  /**
   * Runs the next requests once what an answer changed on screen is drawn: sending takes
   * the main thread ~10 ms a request (the SDK's logging and axios), and five sent at once
   * came before the render of the cells the user waited for. Default: at once.
   */
  afterDrawn?: (send: () => void) => void
}

export interface RowLoader {
  /**
   * Reads a row. While the row is on screen, `onCells` is told the cells read so far after
   * each answer, so what the user sees can show before the rest of the row arrives.
   */
  load(
    lineId: string,
    connectorIds: readonly string[],
    onCells?: (cells: Row) => void,
  ): Promise<Row>
  /**
   * Lines about to be drawn on screen, whose rows are asked for before the grid mounts
   * them: they are served as visible rows are.
   */
  expectOnScreen(lineIds: readonly string[]): void
  /**
   * The connectors whose columns are drawn: their cells in rows on screen go before the
   * other cells of those rows, so the screen fills in one round trip, not one per six
   * requests of whole rows.
   */
  columnsOnScreen(connectorIds: readonly string[]): void
  /**
   * Resolves once no row on screen is waiting for its states (at once when none is): work
   * that can wait, such as queueing every other row, starts then instead of slowing the
   * first screen.
   */
  whenScreenRead(): Promise<void>
}

function unknownCell(error: PortalError): UnknownCell {
  return { status: 'unknown', error: { code: error.code, message: error.message } }
}

/**
 * Reads rows of cell states through `batch`, 50 commands a request whatever the row sizes
 * (a row may span two requests; a request carries several rows), so the full matrix costs
 * ⌈cells ÷ 50⌉ requests. What goes into each request is decided when it is sent, visible
 * rows first, so the rows on screen are complete long before the rest. The client paces the
 * requests to the portal's leaky bucket; a handful in flight keeps that queue short.
 */
export function createRowLoader({
  client,
  isVisible,
  concurrency = 2,
  visibleConcurrency = 6,
  afterDrawn = (send) => send(),
}: RowLoaderOptions): RowLoader {
  const queue: PendingRow[] = []
  const expected = new Set<string>()
  let columns = new Set<string>()
  const screenWaiters: (() => void)[] = []
  let inFlight = 0
  /** Cells of drawn columns in rows on screen, sent and not answered yet. */
  let drawnInFlight = 0
  let pumpQueued = false

  function isDrawn(row: PendingRow, connectorId: string) {
    return row.visible && columns.has(connectorId)
  }

  /** Rows with commands still to send, those on screen first (as they are at this moment). */
  function ordered(): PendingRow[] {
    const open = queue.filter((row) => row.unsent.length > 0 && !row.failed)
    for (const row of open) row.visible = onScreen(row)
    return [...open.filter((row) => row.visible), ...open.filter((row) => !row.visible)]
  }

  function pick(
    rows: PendingRow[],
    visibleOnly: boolean,
  ): { row: PendingRow; connectorId: string }[] {
    const picked: { row: PendingRow; connectorId: string }[] = []
    // First what the user can see: the drawn columns of the rows on screen.
    if (columns.size > 0)
      for (const row of rows) {
        if (!row.visible || picked.length >= BATCH_LIMIT) break
        const rest: string[] = []
        for (const connectorId of row.unsent) {
          if (picked.length < BATCH_LIMIT && columns.has(connectorId))
            picked.push({ row, connectorId })
          else rest.push(connectorId)
        }
        row.unsent = rest
      }
    for (const row of rows) {
      // Past the background's share, a request leaves only for rows on screen; once it does,
      // rows off screen fill what they leave of it: the request costs the same either way.
      if (visibleOnly && !row.visible && picked.length === 0) break
      while (row.unsent.length > 0 && picked.length < BATCH_LIMIT) {
        const connectorId = row.unsent.shift()
        if (connectorId !== undefined) picked.push({ row, connectorId })
      }
      if (picked.length >= BATCH_LIMIT) break
    }
    return picked
  }

  function settle(row: PendingRow) {
    if (row.failed || row.waiting > 0 || row.unsent.length > 0) return
    queue.splice(queue.indexOf(row), 1)
    expected.delete(row.lineId)
    row.resolve(row.cells)
  }

  function fail(row: PendingRow, error: unknown) {
    if (row.failed) return
    row.failed = true
    const index = queue.indexOf(row)
    if (index >= 0) queue.splice(index, 1)
    expected.delete(row.lineId)
    row.reject(error)
  }

  function onScreen(row: PendingRow) {
    return expected.has(row.lineId) || isVisible(row.lineId)
  }

  function wakeScreenWaiters() {
    if (screenWaiters.length === 0 || queue.some((row) => !row.failed && onScreen(row))) return
    for (const wake of screenWaiters.splice(0)) wake()
  }

  // Every row asked for in this tick joins the queue before the first request leaves, and
  // the queue is sorted once for them all, not once per row (a thousand rows are asked for
  // a hundred at a time).
  function queuePump() {
    if (pumpQueued) return
    pumpQueued = true
    queueMicrotask(() => {
      pumpQueued = false
      pump()
    })
  }

  function pump() {
    // Nothing renders while this loop runs, so what is on screen is read once.
    let rows: PendingRow[] | undefined
    while (inFlight < Math.max(concurrency, visibleConcurrency)) {
      rows ??= ordered()
      const pastShare = inFlight >= concurrency
      // Past the background's share, the other cells of the rows on screen wait while the
      // drawn ones are out: their answers would arrive together with the drawn cells' and
      // each takes the main thread for tens of ms, so the screen would be drawn only after
      // all of them (at 1,000 × 40: six answers processed before the screen, not two).
      if (
        pastShare &&
        drawnInFlight > 0 &&
        !rows.some((row) => row.unsent.some((connectorId) => isDrawn(row, connectorId)))
      )
        return
      // Past the background's share of requests, only rows on screen may send.
      const picked = pick(rows, pastShare)
      if (picked.length === 0) return
      inFlight += 1
      const drawn = picked.filter(({ row, connectorId }) => isDrawn(row, connectorId)).length
      drawnInFlight += drawn
      for (const { row } of picked) row.waiting += 1
      client
        .batch(
          picked.map(({ row, connectorId }) => ({
            method: 'imconnector.status',
            params: { CONNECTOR: connectorId, LINE: row.lineId },
          })),
        )
        .then(
          (outcomes) => {
            const shown = new Set<PendingRow>()
            picked.forEach(({ row, connectorId }, index) => {
              if (row.onCells && row.visible) shown.add(row)
              const outcome = outcomes[index]
              row.waiting -= 1
              if (!outcome)
                row.cells[connectorId] = unknownCell(
                  new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 }),
                )
              else if (!outcome.ok) row.cells[connectorId] = unknownCell(outcome.error)
              else
                row.cells[connectorId] =
                  parseStatus(outcome.result) ??
                  unknownCell(new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 }))
              settle(row)
            })
            for (const row of shown) if (!row.failed) row.onCells?.({ ...row.cells })
          },
          (error: unknown) => {
            for (const { row } of picked) {
              row.waiting -= 1
              fail(row, error)
            }
          },
        )
        .finally(() => {
          inFlight -= 1
          drawnInFlight -= drawn
          if (drawn > 0) afterDrawn(pump)
          else pump()
          wakeScreenWaiters()
        })
    }
  }

  return {
    expectOnScreen(lineIds) {
      for (const lineId of lineIds) expected.add(lineId)
    },
    columnsOnScreen(connectorIds) {
      columns = new Set(connectorIds)
    },
    load(lineId, connectorIds, onCells) {
      if (connectorIds.length === 0) return Promise.resolve({})
      return new Promise<Row>((resolve, reject) => {
        queue.push({
          lineId,
          unsent: [...connectorIds],
          waiting: 0,
          cells: {},
          failed: false,
          visible: false,
          onCells,
          resolve,
          reject,
        })
        queuePump()
      })
    },
    whenScreenRead() {
      return new Promise((resolve) => {
        screenWaiters.push(resolve)
        // Rows asked for in this tick count: they are queued by then.
        queueMicrotask(wakeScreenWaiters)
      })
    },
  }
}
