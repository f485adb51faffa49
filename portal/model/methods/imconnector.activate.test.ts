import { describe, expect, it } from 'vitest'
import { setupPortal } from '../testing.ts'

const ACTIVATE = 'imconnector.activate'

describe('imconnector.activate', () => {
  it('switches on with ACTIVE 1: result true, all flags on, a time object', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    const res = await t.call(ACTIVATE, { CONNECTOR: 'telegrambot', LINE: 3, ACTIVE: 1 })
    expect(res.status).toBe(200)
    expect(res.body.result).toBe(true)
    expect(res.body.time).toMatchObject({ start: expect.any(Number), duration: expect.any(Number) })
    expect(t.portal.data().statuses).toEqual([
      {
        connector: 'telegrambot',
        line: '3',
        ACTIVE: true,
        CONNECTION: true,
        REGISTER: true,
        ERROR: false,
        DATA: {},
      },
    ])
    expect(t.portal.data().events).toEqual([])
  })

  it('treats "N" as on (PHP empty() is false for "N")', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    await t.call(ACTIVATE, { CONNECTOR: 'viber', LINE: '1', ACTIVE: 'N' })
    expect(t.portal.data().statuses[0]).toMatchObject({ connector: 'viber', ACTIVE: true })
  })

  it.each([['0'], [''], [0], [false], [[]]])('treats %j as off', async (active) => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const res = await t.call(ACTIVATE, { CONNECTOR: 'livechat', LINE: 1, ACTIVE: active })
    expect(res.body.result).toBe(true)
    expect(t.portal.data().statuses.some((r) => r.connector === 'livechat' && r.line === '1')).toBe(
      false,
    )
  })

  it('off twice answers true then false (200, not an error)', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const first = await t.call(ACTIVATE, { CONNECTOR: 'livechat', LINE: 1, ACTIVE: 0 })
    const second = await t.call(ACTIVATE, { CONNECTOR: 'livechat', LINE: 1, ACTIVE: 0 })
    expect([first.status, first.body.result]).toEqual([200, true])
    expect([second.status, second.body.result]).toEqual([200, false])
    expect(second.body).not.toHaveProperty('error')
  })

  it('off deletes DATA and fires ONIMCONNECTORSTATUSDELETE; on again does not restore DATA', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const before = t.portal
      .data()
      .statuses.find((r) => r.connector === 'livechat' && r.line === '1')
    expect(before?.DATA.NAME).toBe('Website chat')
    await t.call(ACTIVATE, { CONNECTOR: 'livechat', LINE: 1, ACTIVE: 0 })
    expect(t.portal.data().events).toEqual([
      {
        time: '2025-01-15T09:00:00+00:00',
        event: 'ONIMCONNECTORSTATUSDELETE',
        data: { connector: 'livechat', line: '1' },
      },
    ])
    await t.call(ACTIVATE, { CONNECTOR: 'livechat', LINE: 1, ACTIVE: 1 })
    const after = t.portal.data().statuses.find((r) => r.connector === 'livechat' && r.line === '1')
    expect(after?.DATA).toEqual({})
  })

  it('fires the event even when nothing was on (as the server does)', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    await t.call(ACTIVATE, { CONNECTOR: 'viber', LINE: 9, ACTIVE: 0 })
    expect(t.portal.data().events.map((e) => e.data)).toEqual([{ connector: 'viber', line: '9' }])
  })

  it('counts the empty row left by imconnector.status as a row (off answers true)', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    await t.call('imconnector.status', { CONNECTOR: 'viber', LINE: 4 })
    const res = await t.call(ACTIVATE, { CONNECTOR: 'viber', LINE: 4, ACTIVE: 0 })
    expect(res.body.result).toBe(true)
  })

  it('re-activation clears ERROR', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const failing = t.portal.data().statuses.find((r) => r.ERROR)
    expect(failing).toBeDefined()
    await t.call(ACTIVATE, { CONNECTOR: failing?.connector, LINE: failing?.line, ACTIVE: 1 })
    const status = await t.call('imconnector.status', {
      CONNECTOR: failing?.connector,
      LINE: failing?.line,
    })
    expect(status.body.result).toMatchObject({ ERROR: false, CONFIGURED: true, STATUS: true })
  })

  it('normalises the connector (lower case, cut at the first dot) and accepts lower-case param names', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    await t.call(ACTIVATE, { connector: 'MyShopChat.v2', line: '7abc', active: true })
    expect(t.portal.data().statuses[0]).toMatchObject({ connector: 'myshopchat', line: '7' })
  })

  it.each([
    [{ LINE: 1, ACTIVE: 1 }, 'CONNECTOR'],
    [{ CONNECTOR: null, LINE: 1, ACTIVE: 1 }, 'CONNECTOR'],
    [{ CONNECTOR: 'viber', ACTIVE: 1 }, 'LINE'],
    [{ CONNECTOR: 'viber', LINE: null, ACTIVE: 1 }, 'LINE'],
    [{ CONNECTOR: 'viber', LINE: 1 }, 'ACTIVE'],
    [{}, 'CONNECTOR'],
  ])('answers ERROR_ARGUMENT for %j', async (params, argument) => {
    const t = setupPortal()
    const res = await t.call(ACTIVATE, params)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: `Argument '${argument}' is null or empty`,
      argument,
    })
  })

  it('answers WRONG_AUTH_TYPE in webhook context', async () => {
    const t = setupPortal()
    const webhook = t.portal.createWebhook()
    const res = await t.portal.rest({
      method: ACTIVATE,
      params: { CONNECTOR: 'viber', LINE: 1, ACTIVE: 1 },
      webhook,
    })
    expect(res).toEqual({
      kind: 'json',
      status: 403,
      body: {
        error: 'WRONG_AUTH_TYPE',
        error_description:
          'Current authorization type is denied for this method Application context required',
      },
    })
  })

  it('lets a readonly user switch (the server checks no right here)', async () => {
    const t = setupPortal({ scenario: { scenario: 'readonly' } })
    const res = await t.call(ACTIVATE, { CONNECTOR: 'viber', LINE: 1, ACTIVE: 1 })
    expect([res.status, res.body.result]).toEqual([200, true])
  })

  it('persists the change through storage', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    const saves = t.storage.saves()
    await t.call(ACTIVATE, { CONNECTOR: 'viber', LINE: 2, ACTIVE: 1 })
    expect(t.storage.saves()).toBe(saves + 1)
    expect(t.storage.load()?.statuses).toHaveLength(1)
  })
})
