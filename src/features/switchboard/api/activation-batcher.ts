import { BATCH_LIMIT, settleOutcome, type PortalClient } from '../../../bitrix/client'
import { PortalError } from '../../../bitrix/errors'
import type { CellAddress } from './load-matrix'

/** The code a switch gets when a bulk change was cancelled before it was sent. */
export const NOT_SENT = 'NOT_SENT'

export interface ActivationBatcher {
  /** Queues one switch; resolves with the portal's `result` or rejects with a PortalError. */
  send(address: CellAddress, on: boolean): Promise<unknown>
  /** Switches not yet sent are dropped (they reject with NOT_SENT); those sent stay sent. */
  cancel(): void
}

interface Queued {
  address: CellAddress
  on: boolean
  resolve: (result: unknown) => void
  reject: (error: unknown) => void
}

/**
 * Packs the switches of a bulk change into `batch` requests of up to 50 `imconnector.activate`
 * commands, one request at a time: the client keeps them inside the portal's rate limit, and a
 * cancel stops what has not left yet. Each switch still settles on its own, so each cell
 * keeps its own optimistic state, undo and re-read (see switch-cell.ts).
 */
export function createActivationBatcher(client: PortalClient): ActivationBatcher {
  const queue: Queued[] = []
  let sending = false

  async function pump() {
    if (sending) return
    sending = true
    try {
      while (queue.length > 0) {
        const picked = queue.splice(0, BATCH_LIMIT)
        try {
          const outcomes = await client.batch(
            picked.map(({ address, on }) => ({
              method: 'imconnector.activate',
              // Always 1 or 0: the portal reads ACTIVE with PHP empty().
              params: { CONNECTOR: address.connectorId, LINE: address.lineId, ACTIVE: on ? 1 : 0 },
            })),
          )
          picked.forEach((item, index) => settleOutcome(outcomes[index], item.resolve, item.reject))
        } catch (error) {
          for (const item of picked) item.reject(error)
        }
      }
    } finally {
      sending = false
    }
  }

  return {
    send(address, on) {
      return new Promise((resolve, reject) => {
        queue.push({ address, on, resolve, reject })
        // Every switch asked for in this tick joins the first request.
        queueMicrotask(() => void pump())
      })
    },
    cancel() {
      for (const item of queue.splice(0)) {
        item.reject(new PortalError({ code: NOT_SENT, status: 0 }))
      }
    },
  }
}
