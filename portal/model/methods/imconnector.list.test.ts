import { describe, expect, it } from 'vitest'
import { setupPortal } from '../testing.ts'

describe('imconnector.list', () => {
  it('maps every connector id to its English name by default', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const res = await t.call('imconnector.list')
    expect(res.status).toBe(200)
    expect(res.body.result).toMatchObject({
      livechat: 'Live Chat',
      telegrambot: 'Telegram',
      network: 'Bitrix24.Network',
      myshopchat: 'Shop Chat',
    })
    expect(Object.keys(res.body.result as object)).toHaveLength(13)
    expect(res.body.result).not.toHaveProperty('avito')
  })

  it('localises names and falls back to English', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    t.portal.setSession({ lang: 'de' })
    const de = (await t.call('imconnector.list')).body.result as Record<string, string>
    expect([de.livechat, de.myshopchat, de.helpdeskbridge]).toEqual([
      'Live-Chat',
      'Shop-Chat',
      'Helpdesk Bridge',
    ])
    t.portal.setSession({ lang: 'ru' })
    const ru = (await t.call('imconnector.list')).body.result as Record<string, string>
    expect(ru.livechat).toBe('Онлайн-чат')
  })

  it('answers ACCESS_DENIED (400, sic) without the modify-connectors right', async () => {
    const t = setupPortal({ scenario: { scenario: 'readonly' } })
    const res = await t.call('imconnector.list')
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      error: 'ACCESS_DENIED',
      error_description: 'You dont have access to this action',
    })
  })

  it('answers WRONG_AUTH_TYPE to a webhook', async () => {
    const t = setupPortal()
    const res = await t.portal.rest({
      method: 'imconnector.list',
      params: {},
      webhook: t.portal.createWebhook(),
    })
    expect(res).toMatchObject({ status: 403, body: { error: 'WRONG_AUTH_TYPE' } })
  })
})
