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
  resolve: (row: Row) => void
  reject: (error: unknown) => void
}

export interface RowLoaderOptions {
  client: PortalClient
  /** Rows the user can see are read first; asked again at every request, so scrolling counts. */
  isVisible: (lineId: string) => boolean
  /** Requests in flight at once: enough to hide latency, few enough that priority still acts. */
  concurrency?: number
}

export interface RowLoader {
  load(lineId: string, connectorIds: readonly string[]): Promise<Row>
}

function unknownCell(error: PortalError): UnknownCell {
  return { status: 'unknown', error: { code: error.code, message: error.message } }
}

/**
 * Reads rows of cell states through `batch`, 50 commands a request whatever the row sizes
 * (a row may span two requests; a request carries several rows), so the full matrix costs
 * ⌈cells ÷ 50⌉ requests. What goes into each request is decided when it is sent, visible
 * rows first, so the rows on screen are complete long before the rest. The SDK paces the
 * requests to the portal's leaky bucket; a handful in flight keeps that queue short.
 */
export function createRowLoader({
  client,
  isVisible,
  concurrency = 2,
}: RowLoaderOptions): RowLoader {
  const queue: PendingRow[] = []
  let inFlight = 0

  function pick(): { row: PendingRow; connectorId: string }[] {
    const picked: { row: PendingRow; connectorId: string }[] = []
    const open = queue.filter((row) => row.unsent.length > 0 && !row.failed)
    for (const row of open) row.visible = isVisible(row.lineId)
    const ordered = [...open.filter((row) => row.visible), ...open.filter((row) => !row.visible)]
    for (const row of ordered) {
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
    row.resolve(row.cells)
  }

  function fail(row: PendingRow, error: unknown) {
    if (row.failed) return
    row.failed = true
    const index = queue.indexOf(row)
    if (index >= 0) queue.splice(index, 1)
    row.reject(error)
  }

  function pump() {
    while (inFlight < concurrency) {
      const picked = pick()
      if (picked.length === 0) return
      inFlight += 1
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
            picked.forEach(({ row, connectorId }, index) => {
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
          pump()
        })
    }
  }

  return {
    load(lineId, connectorIds) {
      if (connectorIds.length === 0) return Promise.resolve({})
      return new Promise<Row>((resolve, reject) => {
        queue.push({
          lineId,
          unsent: [...connectorIds],
          waiting: 0,
          cells: {},
          failed: false,
          visible: false,
          resolve,
          reject,
        })
        // Let every row asked for in this tick join the queue before the first request leaves.
        queueMicrotask(pump)
      })
    },
  }
}
