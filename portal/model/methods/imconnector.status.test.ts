import { describe, expect, it } from 'vitest'
import { setupPortal } from '../testing.ts'

describe('imconnector.status', () => {
  it('computes CONFIGURED and STATUS from the flags', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const working = await t.call('imconnector.status', { CONNECTOR: 'livechat', LINE: 1 })
    expect(working.body.result).toEqual({
      LINE: 1,
      CONNECTOR: 'livechat',
      ERROR: false,
      CONFIGURED: true,
      STATUS: true,
    })
    const failing = await t.call('imconnector.status', { CONNECTOR: 'whatsappbyedna', LINE: '1' })
    expect(failing.body.result).toEqual({
      LINE: 1,
      CONNECTOR: 'whatsappbyedna',
      ERROR: true,
      CONFIGURED: true,
      STATUS: false,
    })
    // Active but never connected, and silent about it: answers exactly like "off".
    const notConfigured = await t.call('imconnector.status', { CONNECTOR: 'imessage', LINE: 3 })
    expect(notConfigured.body.result).toMatchObject({
      ERROR: false,
      CONFIGURED: false,
      STATUS: false,
    })
    // Active, the connection failed and the connector said so: not configured, with an error.
    const setupFailed = await t.call('imconnector.status', { CONNECTOR: 'telegrambot', LINE: 2 })
    expect(setupFailed.body.result).toMatchObject({
      ERROR: true,
      CONFIGURED: false,
      STATUS: false,
    })
    expect(working.body.time).toBeDefined()
  })

  it('creates an empty row (all flags off) for a pair without one', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    const res = await t.call('imconnector.status', { CONNECTOR: 'Viber.extra', LINE: 5 })
    expect(res.body.result).toEqual({
      LINE: 5,
      CONNECTOR: 'viber',
      ERROR: false,
      CONFIGURED: false,
      STATUS: false,
    })
    expect(t.portal.data().statuses).toEqual([
      {
        connector: 'viber',
        line: '5',
        ACTIVE: false,
        CONNECTION: false,
        REGISTER: false,
        ERROR: false,
        DATA: {},
      },
    ])
  })

  it('reads a missing LINE as line 0, never configured', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const res = await t.call('imconnector.status', { connector: 'livechat' })
    expect(res.body.result).toMatchObject({ LINE: 0, CONFIGURED: false, STATUS: false })
  })

  it('answers ERROR_ARGUMENT without CONNECTOR, with no time', async () => {
    const t = setupPortal()
    const res = await t.call('imconnector.status', { LINE: 1 })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: "Argument 'CONNECTOR' is null or empty",
      argument: 'CONNECTOR',
    })
  })

  it('answers WRONG_AUTH_TYPE to a webhook', async () => {
    const t = setupPortal()
    const res = await t.portal.rest({
      method: 'imconnector.status',
      params: { CONNECTOR: 'viber', LINE: 1 },
      webhook: t.portal.createWebhook(),
    })
    expect(res).toMatchObject({ status: 403, body: { error: 'WRONG_AUTH_TYPE' } })
  })

  it('is readable by a readonly user', async () => {
    const t = setupPortal({ scenario: { scenario: 'readonly' } })
    const res = await t.call('imconnector.status', { CONNECTOR: 'livechat', LINE: 1 })
    expect(res.body.result).toMatchObject({ STATUS: true })
  })
})
