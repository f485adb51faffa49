import { describe, expect, it } from 'vitest'
import { createManualClock } from './clock.ts'
import { ERRORS } from './errors.ts'
import { createPortal } from './portal.ts'
import { asJson, setupPortal } from './testing.ts'
import type { PortalData, PortalStorage } from './types.ts'

describe('REST envelope', () => {
  it('answers success with result and time, errors with error/error_description and no time', async () => {
    const t = setupPortal()
    const ok = await t.call('server.time')
    expect(Object.keys(ok.body).sort()).toEqual(['result', 'time'])
    expect(Object.keys(ok.body.time as object).sort()).toEqual([
      'date_finish',
      'date_start',
      'duration',
      'finish',
      'operating',
      'operating_reset_at',
      'processing',
      'start',
    ])
    const missing = await t.call('no.such.method')
    expect(missing).toEqual({
      status: 404,
      body: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' },
    })
  })

  it('takes method names case-insensitively and ignores a .json suffix', async () => {
    const t = setupPortal()
    expect((await t.call('Server.Time')).status).toBe(200)
    expect((await t.call('server.time.json')).status).toBe(200)
  })

  it('never throws: hostile params and requests become answers', async () => {
    const t = setupPortal()
    const weird: unknown[] = [
      null,
      'str',
      42,
      [1, 2],
      { CONNECTOR: { a: [1] }, LINE: [], ACTIVE: {} },
    ]
    for (const params of weird) {
      const res = await t.portal.rest({
        method: 'imconnector.activate',
        params: params as Record<string, unknown>,
        token: t.token,
      })
      expect(res.kind).toBe('json')
    }
    const res = await t.portal.rest(undefined as never)
    expect(asJson(res).body.error).toBe('NO_AUTH_FOUND')
  })

  it('turns an unexpected exception into 500 INTERNAL_SERVER_ERROR', async () => {
    const base = setupPortal({ scenario: { scenario: 'empty' } })
    const broken: PortalStorage = {
      load: () => base.storage.load() as PortalData,
      save: () => {
        throw new Error('disk full')
      },
    }
    const portal = createPortal({ storage: broken, domain: 'x', clock: createManualClock() })
    const token = portal.issueAuth().access_token
    const res = await portal.rest({
      method: 'imconnector.activate',
      params: { CONNECTOR: 'viber', LINE: 1, ACTIVE: 1 },
      token,
    })
    expect(res).toEqual({
      kind: 'json',
      status: 500,
      body: { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' },
    })
  })

  it('has every system error of the contract with its HTTP status', () => {
    expect(
      Object.fromEntries(
        [
          'expired_token',
          'invalid_token',
          'NO_AUTH_FOUND',
          'insufficient_scope',
          'user_access_error',
          'ACCESS_DENIED',
          'WRONG_AUTH_TYPE',
          'ERROR_METHOD_NOT_FOUND',
          'INVALID_REQUEST',
          'ERROR_BATCH_METHOD_NOT_ALLOWED',
          'ERROR_BATCH_LENGTH_EXCEEDED',
          'OPERATION_TIME_LIMIT',
          'INTERNAL_SERVER_ERROR',
          'ERROR_UNEXPECTED_ANSWER',
          'QUERY_LIMIT_EXCEEDED',
          'OVERLOAD_LIMIT',
          'PORTAL_DELETED',
        ].map((code) => [code, ERRORS[code as keyof typeof ERRORS].status]),
      ),
    ).toEqual({
      expired_token: 401,
      invalid_token: 401,
      NO_AUTH_FOUND: 401,
      insufficient_scope: 403,
      user_access_error: 403,
      ACCESS_DENIED: 403,
      WRONG_AUTH_TYPE: 403,
      ERROR_METHOD_NOT_FOUND: 404,
      INVALID_REQUEST: 400,
      ERROR_BATCH_METHOD_NOT_ALLOWED: 405,
      ERROR_BATCH_LENGTH_EXCEEDED: 400,
      OPERATION_TIME_LIMIT: 429,
      INTERNAL_SERVER_ERROR: 500,
      ERROR_UNEXPECTED_ANSWER: 500,
      QUERY_LIMIT_EXCEEDED: 503,
      OVERLOAD_LIMIT: 503,
      PORTAL_DELETED: 403,
    })
  })

  it('injected system errors carry the table description', async () => {
    const t = setupPortal()
    for (const code of ['PORTAL_DELETED', 'insufficient_scope', 'INVALID_REQUEST'] as const) {
      t.portal.setFaults([{ error: code, times: 1 }])
      expect(await t.call('server.time')).toEqual({
        status: ERRORS[code].status,
        body: { error: code, error_description: ERRORS[code].description },
      })
    }
  })

  it('logs requests without tokens, capped at 1,000', async () => {
    const t = setupPortal()
    await t.portal.rest({ method: 'profile', params: { auth: t.token, X: 1 }, token: t.token })
    expect(t.portal.log()).toEqual([
      { time: '2025-01-15T09:00:00+00:00', method: 'profile', params: { X: 1 }, status: 200 },
    ])
    for (let i = 0; i < 1005; i += 1) await t.call('nope')
    const log = t.portal.log()
    expect(log).toHaveLength(1000)
    expect(log[0]).toMatchObject({ method: 'nope', status: 404, error: 'ERROR_METHOD_NOT_FOUND' })
    t.portal.clearLog()
    expect(t.portal.log()).toEqual([])
  })
})
