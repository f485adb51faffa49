import { describe, expect, it } from 'vitest'
import { setupPortal } from '../testing.ts'

const ICON = { DATA_IMAGE: 'data:image/svg+xml;base64,PHN2Zy8+' }

describe('imconnector.register / unregister / connector.data.set', () => {
  it('registers a REST connector with a lower-cased id', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    const res = await t.call('imconnector.register', {
      ID: 'MyConnector',
      NAME: 'My Connector',
      ICON,
      PLACEMENT_HANDLER: 'https://example.com/handler',
    })
    expect(res.body.result).toEqual({ result: true })
    const list = (await t.call('imconnector.list')).body.result as Record<string, string>
    expect(list.myconnector).toBe('My Connector')
  })

  it('refuses dots and missing fields inside a 200', async () => {
    const t = setupPortal()
    const dots = await t.call('imconnector.register', {
      ID: 'my.connector',
      NAME: 'x',
      ICON,
      PLACEMENT_HANDLER: 'https://example.com',
    })
    expect(dots.status).toBe(200)
    expect(dots.body.result).toEqual({
      result: false,
      error: 'The connector ID must not contain dots',
    })
    const noIcon = await t.call('imconnector.register', {
      ID: 'x',
      NAME: 'x',
      PLACEMENT_HANDLER: 'h',
    })
    expect(noIcon.body.result).toEqual({ result: false, error: "Argument 'ICON' is null or empty" })
  })

  it('unregister deletes the connector and every status row of it', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const rows = t.portal.data().statuses.filter((r) => r.connector === 'myshopchat')
    expect(rows).toHaveLength(2)
    const res = await t.call('imconnector.unregister', { ID: 'myshopchat' })
    expect(res.body.result).toEqual({ result: true })
    const data = t.portal.data()
    expect(data.statuses.filter((r) => r.connector === 'myshopchat')).toEqual([])
    expect(data.connectors.map((c) => c.id)).not.toContain('myshopchat')
    expect(data.events.map((e) => e.data.line)).toEqual(['1', '4'])
  })

  it('data.set merges non-empty keys without touching the flags', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    await t.call('imconnector.activate', { CONNECTOR: 'myshopchat', LINE: 2, ACTIVE: 1 })
    const set = await t.call('imconnector.connector.data.set', {
      CONNECTOR: 'myshopchat',
      LINE: 2,
      DATA: { id: 'shop-2', url: 'https://shop.example', NAME: 'Shop' },
    })
    expect(set.body.result).toBe(true)
    await t.call('imconnector.connector.data.set', {
      CONNECTOR: 'myshopchat',
      LINE: 2,
      DATA: { NAME: 'Shop 2', URL: '' },
    })
    expect(t.portal.data().statuses[0]).toMatchObject({
      ACTIVE: true,
      DATA: { ID: 'shop-2', URL: 'https://shop.example', NAME: 'Shop 2' },
    })
  })

  it('data.set requires DATA', async () => {
    const t = setupPortal()
    const res = await t.call('imconnector.connector.data.set', { CONNECTOR: 'x', LINE: 1 })
    expect(res.body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: "Argument 'DATA' is null or empty",
      argument: 'DATA',
    })
  })
})

describe('server.time, profile, app.info', () => {
  it('answer from the clock and the session', async () => {
    const t = setupPortal()
    expect((await t.call('server.time')).body.result).toBe('2025-01-15T09:00:00+00:00')
    expect((await t.call('profile')).body.result).toMatchObject({
      ID: '1',
      ADMIN: true,
      NAME: 'Anna',
      LAST_NAME: 'Schmidt',
    })
    expect((await t.call('app.info')).body.result).toMatchObject({
      CODE: 'local.openlinesswitchboard',
      INSTALLED: true,
      LICENSE: 'eu_project',
    })
    t.portal.setSession({ isAdmin: false, userName: 'Max' })
    expect((await t.call('PROFILE')).body.result).toMatchObject({ ADMIN: false, NAME: 'Max' })
  })
})
