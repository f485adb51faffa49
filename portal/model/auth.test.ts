import { describe, expect, it } from 'vitest'
import { asJson, setupPortal } from './testing.ts'

describe('auth', () => {
  it('issues 32-hex tokens with the session lifetime', () => {
    const t = setupPortal()
    const grant = t.portal.issueAuth()
    expect(grant.access_token).toMatch(/^[0-9a-f]{32}$/)
    expect(grant.refresh_token).toMatch(/^[0-9a-f]{32}$/)
    expect(grant.access_token).not.toBe(grant.refresh_token)
    expect(grant).toMatchObject({ expires_in: 3600, domain: 'localhost:3000' })
    expect(grant.member_id).toMatch(/^[0-9a-f]{32}$/)
  })

  it('answers NO_AUTH_FOUND without a token and invalid_token for an unknown one', async () => {
    const t = setupPortal()
    expect(asJson(await t.portal.rest({ method: 'server.time', params: {} }))).toEqual({
      status: 401,
      body: { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' },
    })
    const unknown = asJson(await t.portal.rest({ method: 'server.time', params: {}, token: 'f00' }))
    expect(unknown.status).toBe(401)
    expect(unknown.body.error).toBe('invalid_token')
  })

  it('accepts the token from params.auth and access_token too', async () => {
    const t = setupPortal()
    const viaAuth = await t.portal.rest({ method: 'server.time', params: { auth: t.token } })
    const viaAccess = await t.portal.rest({
      method: 'server.time',
      params: { access_token: t.token },
    })
    expect([asJson(viaAuth).status, asJson(viaAccess).status]).toEqual([200, 200])
  })

  it('expires by the clock, and on expireTokens()', async () => {
    const t = setupPortal()
    t.portal.setSession({ authExpires: 60 })
    const short = t.portal.issueAuth()
    t.clock.advance(59_999)
    expect(
      asJson(await t.portal.rest({ method: 'server.time', params: {}, token: short.access_token }))
        .status,
    ).toBe(200)
    t.clock.advance(1)
    expect(
      asJson(await t.portal.rest({ method: 'server.time', params: {}, token: short.access_token })),
    ).toEqual({
      status: 401,
      body: { error: 'expired_token', error_description: 'The access token provided has expired' },
    })
    const fresh = t.portal.issueAuth()
    t.portal.expireTokens()
    const res = asJson(
      await t.portal.rest({ method: 'server.time', params: {}, token: fresh.access_token }),
    )
    expect(res.body.error).toBe('expired_token')
  })

  it('rotates both tokens on refresh; the old ones stop working', async () => {
    const t = setupPortal()
    const old = t.portal.issueAuth()
    t.portal.expireTokens()
    const next = t.portal.refreshAuth(old.refresh_token)
    expect(next).toBeDefined()
    expect(next?.access_token).not.toBe(old.access_token)
    expect(next?.refresh_token).not.toBe(old.refresh_token)
    const ok = asJson(
      await t.portal.rest({ method: 'server.time', params: {}, token: next?.access_token }),
    )
    expect(ok.status).toBe(200)
    const stale = asJson(
      await t.portal.rest({ method: 'server.time', params: {}, token: old.access_token }),
    )
    expect(stale.body.error).toBe('invalid_token')
    expect(t.portal.refreshAuth(old.refresh_token)).toBeUndefined()
  })

  it('accepts a known webhook and refuses a wrong secret', async () => {
    const t = setupPortal()
    const webhook = t.portal.createWebhook()
    expect(webhook.userId).toBe('1')
    const ok = asJson(await t.portal.rest({ method: 'server.time', params: {}, webhook }))
    expect(ok.status).toBe(200)
    const bad = asJson(
      await t.portal.rest({
        method: 'server.time',
        params: {},
        webhook: { userId: '1', secret: 'nope' },
      }),
    )
    expect(bad).toEqual({
      status: 401,
      body: { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' },
    })
  })
})
