import { describe, expect, it } from 'vitest'
import type { BatchOutcome, PortalClient, RestCall } from '../../../bitrix/client'
import { createRowLoader } from './row-loader'

/** A portal whose batch requests wait until the test answers them, oldest first. */
function heldPortal() {
  const waiting: { calls: readonly RestCall[]; answer: () => void }[] = []
  const sent = { requests: 0 }
  const client: PortalClient = {
    call: () => Promise.reject(new Error('not used')),
    batch: (calls) =>
      new Promise<BatchOutcome[]>((resolve) => {
        sent.requests += 1
        waiting.push({
          calls,
          answer: () => resolve(calls.map(() => ({ ok: true, result: { STATUS: false } }))),
        })
      }),
  }
  const answerOldest = async () => {
    waiting.shift()?.answer()
    await flush()
  }
  return { client, waiting, answerOldest, sent }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const connectors = Array.from({ length: 40 }, (_, i) => `c${i}`)
const linesOf = (calls: readonly RestCall[]) => calls.map((call) => String(call.params?.LINE))

describe('the row loader', () => {
  it('sends the rows on screen together, then keeps two requests in flight for the rest', async () => {
    const { client, waiting, answerOldest, sent } = heldPortal()
    const onScreen = new Set(Array.from({ length: 10 }, (_, i) => String(i)))
    const loader = createRowLoader({ client, isVisible: (lineId) => onScreen.has(lineId) })
    const rows = Array.from({ length: 100 }, (_, i) => loader.load(String(i), connectors))
    await flush()
    // 10 rows on screen × 40 connectors = 8 requests of 50: six leave at once, all theirs.
    expect(waiting).toHaveLength(6)
    expect(waiting.every(({ calls }) => calls.length === 50)).toBe(true)
    expect(waiting.flatMap(({ calls }) => linesOf(calls)).every((l) => onScreen.has(l))).toBe(true)

    // An answer lets the next on-screen request out: still six in flight.
    await answerOldest()
    expect(waiting).toHaveLength(6)
    await answerOldest()
    expect(waiting).toHaveLength(6)
    // Every on-screen cell is sent now; from here on, two at a time.
    while (waiting.length > 2) await answerOldest()
    while (waiting.length > 0) {
      expect(waiting.length).toBeLessThanOrEqual(2)
      await answerOldest()
    }
    await Promise.all(rows)
    // 4,000 cells in 80 requests of 50, whatever the order.
    expect(sent.requests).toBe(80)
  })
})
