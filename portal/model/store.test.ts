import { describe, expect, it } from 'vitest'
import { createManualClock } from './clock.ts'
import { createMemoryStorage } from './memory-storage.ts'
import { createPortal } from './portal.ts'
import { setupPortal } from './testing.ts'
import type { PortalData } from './types.ts'

describe('store and storage', () => {
  it('seeds demo on empty storage and saves it', () => {
    const storage = createMemoryStorage()
    const portal = createPortal({ storage, domain: 'localhost:3000', clock: createManualClock() })
    expect(portal.snapshot().scenario).toBe('demo')
    portal.setInstalled(false)
    expect(storage.load()?.app.installed).toBe(false)
  })

  it('round-trips: a new portal over the same storage sees the same data', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    await t.call('imconnector.activate', { CONNECTOR: 'viber', LINE: 3, ACTIVE: 1 })
    t.portal.setAppOption('theme', { dense: true })
    t.portal.setUserOption('filter', 'vip')
    t.portal.setSession({ lang: 'de', canModifyConnectors: false })
    const again = createPortal({ storage: t.storage, domain: 'localhost:3000', clock: t.clock })
    expect(again.data()).toEqual(t.portal.data())
    expect(again.data().statuses).toHaveLength(1)
    expect(again.data().app.options).toEqual({ theme: { dense: true } })
    expect(again.data().session.lang).toBe('de')
  })

  it('keeps stored data apart from the live data (deep copies both ways)', () => {
    const storage = createMemoryStorage()
    const portal = createPortal({ storage, domain: 'x', clock: createManualClock() })
    const copy = portal.data()
    copy.lines.length = 0
    expect(portal.data().lines).toHaveLength(8)
    const loaded = storage.load() as PortalData
    loaded.lines.length = 0
    expect(storage.load()?.lines).toHaveLength(8)
  })

  it('gives the settings alone as the snapshot has them, as a copy', () => {
    const t = setupPortal()
    t.portal.setSession({ lang: 'de' })
    t.portal.setAppOption('theme', 'dark')
    t.portal.setLimits({ burst: 7, drainPerSecond: 1 })
    t.portal.setFaults([{ method: 'batch', latencyMs: 50 }])
    const { lines, connectors, statuses, events, ...settings } = t.portal.snapshot()
    expect(lines.length + connectors.length).toBeGreaterThan(0)
    expect(statuses).toBeDefined()
    expect(events).toBeDefined()
    expect(t.portal.settings()).toEqual(settings)
    const copy = t.portal.settings()
    copy.session.lang = 'ru'
    copy.app.options.theme = 'light'
    expect(t.portal.settings().session.lang).toBe('de')
    expect(t.portal.settings().app.options).toEqual({ theme: 'dark' })
  })

  it('refuses corrupt stored data with a clear error', () => {
    const storage = createMemoryStorage({ version: 2 } as unknown as PortalData)
    expect(() => createPortal({ storage, domain: 'x' })).toThrow(/version 1 PortalData/)
  })

  it('keeps the member id across reset and resets the scenario', () => {
    const t = setupPortal()
    const memberId = t.portal.data().memberId
    t.portal.reset({ scenario: 'large', lines: 3, connectors: 3 })
    expect(t.portal.data().memberId).toBe(memberId)
    expect(t.portal.snapshot()).toMatchObject({ scenario: 'large' })
    expect(t.portal.snapshot().lines).toHaveLength(3)
  })

  it('saves once per REST call, and only when something changed', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    const before = t.storage.saves()
    await t.call('server.time')
    expect(t.storage.saves()).toBe(before)
    const cmd = Array.from(
      { length: 20 },
      (_, i) => `imconnector.activate?CONNECTOR=viber&LINE=${i}&ACTIVE=1`,
    )
    await t.batch(cmd)
    expect(t.storage.saves()).toBe(before + 1)
    expect(t.portal.data().statuses).toHaveLength(20)
  })

  it('answers reads without writing the rows they create, and writes them on flush', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    const before = t.storage.saves()
    const cmd = Array.from({ length: 20 }, (_, i) => `imconnector.status?CONNECTOR=viber&LINE=${i}`)
    await t.batch(cmd)
    expect(t.storage.saves()).toBe(before)
    expect(t.portal.data().statuses).toHaveLength(20)
    t.portal.flush()
    expect(t.storage.saves()).toBe(before + 1)
    expect(t.storage.load()?.statuses).toHaveLength(20)
    t.portal.flush()
    expect(t.storage.saves()).toBe(before + 1)
  })

  it('writes rows a read created with the next change', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    await t.call('imconnector.status', { CONNECTOR: 'viber', LINE: 1 })
    await t.call('imconnector.activate', { CONNECTOR: 'telegrambot', LINE: 2, ACTIVE: 1 })
    const before = t.storage.saves()
    expect(t.storage.load()?.statuses.map((row) => `${row.connector}/${row.line}`)).toEqual([
      'viber/1',
      'telegrambot/2',
    ])
    t.portal.flush()
    expect(t.storage.saves()).toBe(before)
  })

  it('caps events at 200', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    for (let i = 0; i < 5; i += 1) {
      const cmd = Array.from(
        { length: 50 },
        (_, j) => `imconnector.activate?CONNECTOR=a&LINE=${i * 50 + j}&ACTIVE=0`,
      )
      await t.batch(cmd)
    }
    const events = t.portal.data().events
    expect(events).toHaveLength(200)
    expect(events.at(-1)?.data.line).toBe('249')
  })

  it('sanitises session patches', () => {
    const t = setupPortal()
    const session = t.portal.setSession({
      authExpires: -5,
      lang: 'DE',
      isAdmin: 'yes' as unknown as boolean,
    })
    expect(session).toMatchObject({ authExpires: 3600, lang: 'de', isAdmin: true })
  })
})
