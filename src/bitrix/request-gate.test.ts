import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BatchOutcome, PortalClient, RestCall } from './client'
import { createLimits } from '../../portal/model/limits'
import { systemClock } from '../../portal/model/clock'
import { PortalError } from './errors'
import { withRequestGate } from './request-gate'

/** A transport that answers at once and records each request as it leaves, with its time. */
function transport(answer: (call: RestCall) => BatchOutcome = (call) => ok(call)) {
  const sent: { at: number; what: string }[] = []
  const client: PortalClient = {
    async call(method, params) {
      sent.push({ at: Date.now(), what: method })
      const outcome = answer({ method, params })
      if (!outcome.ok) throw outcome.error
      return outcome.result
    },
    async batch(calls) {
      sent.push({ at: Date.now(), what: `batch(${calls.map((c) => c.method).join(',')})` })
      return calls.map(answer)
    },
  }
  return { client, sent }
}

function ok(call: RestCall): BatchOutcome {
  return { ok: true, result: `${call.method}:${String(call.params?.LINE ?? '')}` }
}

const RATE = { burst: 3, perSecond: 2 }

beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) }))
afterEach(() => vi.useRealTimers())

describe('the app-side request gate', () => {
  it('sends a full bucket at once, then one request per token, first asked first sent', async () => {
    const { client, sent } = transport()
    const gate = withRequestGate(client, RATE)
    const start = Date.now()
    const reads = Array.from({ length: 6 }, (_, index) =>
      gate.batch([{ method: 'imconnector.status', params: { LINE: index } }]),
    )
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(1500)
    await Promise.all(reads)
    // 2 a second once the burst is spent: the 4th at 0.5 s, the 5th at 1 s, the 6th at 1.5 s.
    expect(sent.map(({ at }) => at - start)).toEqual([0, 0, 0, 500, 1000, 1500])
  })

  it('keeps one timer however many requests wait', async () => {
    const { client } = transport()
    const gate = withRequestGate(client, RATE)
    for (let index = 0; index < 100; index += 1) void gate.batch([{ method: 'imconnector.status' }])
    await vi.advanceTimersByTimeAsync(0)
    expect(vi.getTimerCount()).toBe(1)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(vi.getTimerCount()).toBe(1)
  })

  it('sends the calls that waited together as one batch, each settling on its own', async () => {
    const refused = new PortalError({ code: 'ERROR_NO_OPEN_LINE', status: 400 })
    const { client, sent } = transport((call) =>
      call.params?.LINE === 2 ? { ok: false, error: refused } : ok(call),
    )
    const gate = withRequestGate(client, RATE)
    // The burst goes to reads; the switches clicked meanwhile wait for the next token.
    for (let index = 0; index < 3; index += 1) void gate.batch([{ method: 'imconnector.status' }])
    const switches = [1, 2, 3].map((line) =>
      gate.call('imconnector.activate', { LINE: line, ACTIVE: 1 }).catch((error: unknown) => error),
    )
    await vi.advanceTimersByTimeAsync(500)
    expect(sent.map(({ what }) => what)).toEqual([
      'batch(imconnector.status)',
      'batch(imconnector.status)',
      'batch(imconnector.status)',
      'batch(imconnector.activate,imconnector.activate,imconnector.activate)',
    ])
    expect(await Promise.all(switches)).toEqual([
      'imconnector.activate:1',
      refused,
      'imconnector.activate:3',
    ])
  })

  it('fails every call of a merged batch the portal refused as a whole, with its code', async () => {
    const limit = new PortalError({ code: 'QUERY_LIMIT_EXCEEDED', status: 503 })
    const { client } = transport()
    const gate = withRequestGate(
      {
        ...client,
        batch: (calls) => (calls.length > 1 ? Promise.reject(limit) : client.batch(calls)),
      },
      RATE,
    )
    for (let index = 0; index < 3; index += 1) void gate.batch([{ method: 'imconnector.status' }])
    const switches = [1, 2].map((line) =>
      gate.call('imconnector.activate', { LINE: line }).catch((error: unknown) => error),
    )
    await vi.advanceTimersByTimeAsync(500)
    expect(await Promise.all(switches)).toEqual([limit, limit])
  })

  it('sends a lone call as a call, in its turn among the batches', async () => {
    const { client, sent } = transport()
    const gate = withRequestGate(client, RATE)
    for (let index = 0; index < 3; index += 1) void gate.batch([{ method: 'imconnector.status' }])
    void gate.batch([{ method: 'imopenlines.config.list.get' }])
    void gate.call('imconnector.activate', { LINE: 1 })
    void gate.batch([{ method: 'imconnector.list' }])
    await vi.advanceTimersByTimeAsync(1500)
    expect(sent.slice(3).map(({ what }) => what)).toEqual([
      'batch(imopenlines.config.list.get)',
      'imconnector.activate',
      'batch(imconnector.list)',
    ])
  })

  it('keeps sending when the clock is set back', async () => {
    const { client, sent } = transport()
    const gate = withRequestGate(client, RATE)
    for (let index = 0; index < 3; index += 1) void gate.batch([{ method: 'imconnector.status' }])
    vi.setSystemTime(Date.now() - 60_000)
    void gate.batch([{ method: 'imconnector.list' }])
    await vi.advanceTimersByTimeAsync(500)
    expect(sent.map(({ what }) => what).at(-1)).toBe('batch(imconnector.list)')
  })

  it('is never refused by a portal with the same bucket, over a long mixed run', async () => {
    const { client, sent } = transport()
    // The local portal's own limiter, as its REST endpoint applies it to each request.
    const portalBucket = createLimits(systemClock, { burst: 49, drainPerSecond: 2 })
    const refused: number[] = []
    const counted: PortalClient = {
      call: (method, params) => {
        if (!portalBucket.admit()) refused.push(Date.now())
        return client.call(method, params)
      },
      batch: (calls) => {
        if (!portalBucket.admit()) refused.push(Date.now())
        return client.batch(calls)
      },
    }
    const gate = withRequestGate(counted, { burst: 49, perSecond: 2 })
    for (let second = 0; second < 60; second += 1) {
      for (let index = 0; index < 5; index += 1) {
        if (index % 2) void gate.call('imconnector.activate', { LINE: index })
        else void gate.batch([{ method: 'imconnector.status' }])
      }
      await vi.advanceTimersByTimeAsync(1000)
    }
    await vi.advanceTimersByTimeAsync(120_000)
    expect(refused).toEqual([])
    // Merging: 300 asked for (120 switches among them), fewer sent.
    expect(sent.length).toBeLessThan(300)
  })
})
