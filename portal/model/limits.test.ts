import { describe, expect, it } from 'vitest'
import { setupPortal } from './testing.ts'

describe('leaky bucket', () => {
  it('refuses the request past the burst with 503 and recovers as the bucket drains', async () => {
    const t = setupPortal({ limits: { burst: 5, drainPerSecond: 2 } })
    for (let i = 0; i < 5; i += 1) expect((await t.call('server.time')).status).toBe(200)
    const refused = await t.call('server.time')
    expect(refused).toEqual({
      status: 503,
      body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' },
    })
    t.clock.advance(499)
    expect((await t.call('server.time')).status).toBe(503)
    t.clock.advance(1)
    expect((await t.call('server.time')).status).toBe(200)
    expect((await t.call('server.time')).status).toBe(503)
    t.clock.advance(5000)
    for (let i = 0; i < 5; i += 1) expect((await t.call('server.time')).status).toBe(200)
  })

  it('counts a batch of 50 commands as one request', async () => {
    const t = setupPortal({ limits: { burst: 2, drainPerSecond: 0 } })
    const cmd = Array.from({ length: 50 }, () => 'server.time')
    expect((await t.batch(cmd)).status).toBe(200)
    expect((await t.batch(cmd)).status).toBe(200)
    expect((await t.batch(cmd)).status).toBe(503)
  })

  it('uses the defaults 50 / 2 per second and follows setLimits', async () => {
    const t = setupPortal()
    t.portal.setLimits({ burst: 1, drainPerSecond: 1 })
    expect((await t.call('server.time')).status).toBe(200)
    expect((await t.call('server.time')).status).toBe(503)
    expect(t.portal.snapshot().limits).toEqual({ burst: 1, drainPerSecond: 1 })
  })
})

describe('operating time', () => {
  it('reports time fields and blocks a method past 480 s in 10 minutes with 429', async () => {
    const t = setupPortal()
    t.portal.setFaults([{ method: 'imconnector.status', latencyMs: 100_000 }])
    const first = await t.call('imconnector.status', { CONNECTOR: 'viber', LINE: 1 })
    expect(first.body.time).toEqual({
      start: Date.UTC(2025, 0, 15, 9, 0, 0) / 1000,
      finish: Date.UTC(2025, 0, 15, 9, 0, 0) / 1000 + 100,
      duration: 100,
      processing: 100,
      date_start: '2025-01-15T09:00:00+00:00',
      date_finish: '2025-01-15T09:01:40+00:00',
      operating_reset_at: Date.UTC(2025, 0, 15, 9, 11, 40) / 1000,
      operating: 100,
    })
    for (let i = 0; i < 4; i += 1)
      await t.call('imconnector.status', { CONNECTOR: 'viber', LINE: 1 })
    // 500 s used: the next call is refused, another method is not.
    const blocked = await t.call('imconnector.status', { CONNECTOR: 'viber', LINE: 1 })
    expect(blocked).toEqual({
      status: 429,
      body: {
        error: 'OPERATION_TIME_LIMIT',
        error_description: 'Method is blocked due to operation time limit',
      },
    })
    expect((await t.call('server.time')).status).toBe(200)
    t.portal.clearFaults()
    t.clock.advance(600_000)
    expect((await t.call('imconnector.status', { CONNECTOR: 'viber', LINE: 1 })).status).toBe(200)
  })
})
