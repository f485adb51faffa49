import { describe, expect, it } from 'vitest'
import { MALFORMED_BODY } from './faults.ts'
import { setupPortal } from './testing.ts'

describe('faults', () => {
  it('answers the injected error for `times` matching calls, then lets calls through', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    t.portal.setFaults([
      { method: 'IMCONNECTOR.ACTIVATE', error: 'QUERY_LIMIT_EXCEEDED', times: 2 },
    ])
    const params = { CONNECTOR: 'viber', LINE: 1, ACTIVE: 1 }
    const first = await t.call('imconnector.activate', params)
    expect(first).toEqual({
      status: 503,
      body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' },
    })
    expect((await t.call('imconnector.activate', params)).status).toBe(503)
    expect((await t.call('imconnector.activate', params)).status).toBe(200)
    expect(t.portal.snapshot().faults).toEqual([])
  })

  it('matches params as strings with case-insensitive keys', async () => {
    const t = setupPortal()
    t.portal.setFaults([
      { method: 'imconnector.status', match: { line: 3 }, error: 'INTERNAL_SERVER_ERROR' },
    ])
    const hit = await t.call('imconnector.status', { CONNECTOR: 'viber', LINE: '3' })
    expect(hit).toEqual({
      status: 500,
      body: { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' },
    })
    const miss = await t.call('imconnector.status', { CONNECTOR: 'viber', LINE: '4' })
    expect(miss.status).toBe(200)
  })

  it('uses a custom code, status and description', async () => {
    const t = setupPortal()
    t.portal.setFaults([{ error: 'SOMETHING_ODD', status: 418, description: 'Teapot' }])
    expect(await t.call('server.time')).toEqual({
      status: 418,
      body: { error: 'SOMETHING_ODD', error_description: 'Teapot' },
    })
  })

  it('delays by latencyMs on the clock (no real sleep)', async () => {
    const t = setupPortal()
    t.portal.setFaults([{ method: 'server.time', latencyMs: 2500 }])
    const before = t.clock.now()
    const res = await t.call('server.time')
    expect(t.clock.now() - before).toBe(2500)
    expect(res.body.time).toMatchObject({ duration: 2.5 })
  })

  it('holds the answer until a manual clock passes the latency', async () => {
    const t = setupPortal({ autoAdvance: false })
    t.portal.setFaults([{ latencyMs: 1000 }])
    let done = false
    const pending = t.call('server.time').then((r) => {
      done = true
      return r
    })
    await Promise.resolve()
    expect(done).toBe(false)
    t.clock.advance(1000)
    expect((await pending).status).toBe(200)
  })

  it('drops the connection (NETWORK_ERROR) and answers HTML (MALFORMED_RESPONSE)', async () => {
    const t = setupPortal()
    t.portal.setFaults([
      { method: 'server.time', error: 'NETWORK_ERROR', times: 1 },
      { method: 'profile', error: 'MALFORMED_RESPONSE', status: 502 },
    ])
    expect(await t.portal.rest({ method: 'server.time', params: {}, token: t.token })).toEqual({
      kind: 'network-error',
    })
    expect(await t.portal.rest({ method: 'profile', params: {}, token: t.token })).toEqual({
      kind: 'raw',
      status: 502,
      contentType: 'text/html; charset=utf-8',
      text: MALFORMED_BODY,
    })
    expect(t.portal.log().map((e) => [e.method, e.status, e.error])).toEqual([
      ['server.time', 0, 'NETWORK_ERROR'],
      ['profile', 502, 'MALFORMED_RESPONSE'],
    ])
  })

  it('applies to batch sub-commands: errors land in result_error', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    t.portal.setFaults([
      { method: 'imconnector.status', match: { LINE: '2' }, error: 'INTERNAL_SERVER_ERROR' },
    ])
    const res = await t.batch({
      one: 'imconnector.status?CONNECTOR=livechat&LINE=1',
      two: 'imconnector.status?CONNECTOR=livechat&LINE=2',
    })
    const result = res.body.result as Record<string, Record<string, unknown>>
    expect(Object.keys(result.result ?? {})).toEqual(['one'])
    expect(result.result_error).toEqual({
      two: { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' },
    })
  })

  it('fails the whole batch when a sub-command drops the connection', async () => {
    const t = setupPortal()
    t.portal.setFaults([{ method: 'profile', error: 'NETWORK_ERROR' }])
    const res = await t.portal.rest({
      method: 'batch',
      params: { cmd: ['server.time', 'profile'] },
      token: t.token,
    })
    expect(res).toEqual({ kind: 'network-error' })
  })

  it('a rule for `batch` hits the batch request itself', async () => {
    const t = setupPortal()
    t.portal.setFaults([{ method: 'batch', error: 'OVERLOAD_LIMIT', times: 1 }])
    expect(await t.batch(['server.time'])).toEqual({
      status: 503,
      body: { error: 'OVERLOAD_LIMIT', error_description: 'REST API is blocked due to overload' },
    })
    expect((await t.batch(['server.time'])).status).toBe(200)
  })

  it('a rule without a method reaches each command of a batch, not the batch itself', async () => {
    const t = setupPortal()
    t.portal.setFaults([{ error: 'INTERNAL_SERVER_ERROR', times: 1 }])
    const res = await t.batch(['server.time', 'server.time'])
    expect(res.status).toBe(200)
    const result = res.body.result as Record<string, unknown>
    expect(JSON.stringify(result.result)).toBe('{"1":"2025-01-15T09:00:00+00:00"}')
    expect(Object.keys(result.result_error as object)).toEqual(['0'])
  })

  it('affects a seeded share of matching calls, the same calls for the same seed', async () => {
    const run = async (seed: number) => {
      const t = setupPortal()
      t.portal.setFaults([
        { method: 'server.time', error: 'INTERNAL_SERVER_ERROR', probability: 0.1, seed },
      ])
      const failed: number[] = []
      for (let i = 0; i < 1000; i += 1) {
        if ((await t.call('server.time')).status === 500) failed.push(i)
      }
      // Other methods draw nothing and meet nothing.
      expect((await t.call('profile')).status).toBe(200)
      return { failed, hits: t.portal.snapshot().faults[0]?.hits }
    }
    const first = await run(42)
    expect(first.failed.length).toBeGreaterThan(70)
    expect(first.failed.length).toBeLessThan(130)
    expect(first.hits).toBe(first.failed.length)
    expect(await run(42)).toEqual(first)
    expect((await run(7)).failed).not.toEqual(first.failed)
  })

  it('passes a call its draw spares on to the next rule; `times` counts hits only', async () => {
    const t = setupPortal()
    t.portal.setFaults([
      { method: 'server.time', error: 'INTERNAL_SERVER_ERROR', probability: 0.5, times: 3 },
      { method: 'server.time', latencyMs: 10 },
    ])
    const statuses: number[] = []
    for (let i = 0; i < 40; i += 1) statuses.push((await t.call('server.time')).status)
    expect(statuses.filter((s) => s === 500)).toHaveLength(3)
    // The spent rule is gone; the latency rule took every other call.
    expect(t.portal.snapshot().faults).toEqual([{ method: 'server.time', latencyMs: 10, hits: 37 }])
  })

  it('probability 0 never fires and 1 always does', async () => {
    const t = setupPortal()
    t.portal.setFaults([
      { method: 'server.time', error: 'INTERNAL_SERVER_ERROR', probability: 0 },
      { method: 'profile', error: 'INTERNAL_SERVER_ERROR', probability: 1 },
    ])
    for (let i = 0; i < 20; i += 1) {
      expect((await t.call('server.time')).status).toBe(200)
      expect((await t.call('profile')).status).toBe(500)
    }
  })

  it('ignores a `hits` count handed back with the rules', () => {
    const t = setupPortal()
    t.portal.setFaults([{ error: 'X', hits: 12 }])
    expect(t.portal.snapshot().faults).toEqual([{ error: 'X' }])
  })
})
