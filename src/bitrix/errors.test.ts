import { AjaxError, SdkError } from '@bitrix24/b24jssdk'
import { describe, expect, it } from 'vitest'
import { PortalError, portalErrorFromBody, toPortalError } from './errors'

describe('PortalError', () => {
  it.each([
    ['QUERY_LIMIT_EXCEEDED', 503, 'rate-limit', true, /too many requests/],
    ['expired_token', 401, 'auth', true, /session with the portal has expired/],
    ['WRONG_AUTH_TYPE', 403, 'permission', false, /installed application/],
    ['ACCESS_DENIED', 400, 'permission', false, /portal administrator/],
    ['insufficient_scope', 403, 'permission', false, /imopenlines/],
    ['ERROR_ARGUMENT', 400, 'bad-request', false, /report this to support/],
    ['INTERNAL_SERVER_ERROR', 500, 'server', true, /internal error/],
    ['OPERATION_TIME_LIMIT', 429, 'operation-limit', true, /up to 10 minutes.*in about 10/],
    ['NETWORK_ERROR', 0, 'network', true, /could not be reached/],
  ] as const)('%s: %s, retryable %s', (code, status, kind, retryable, message) => {
    const error = new PortalError({ code, status, description: 'portal text' })
    expect(error).toMatchObject({ code, status, kind, retryable, description: 'portal text' })
    expect(error.message).toMatch(message)
  })

  it('keeps an unknown code for support and decides by status', () => {
    expect(new PortalError({ code: 'SOMETHING_NEW', status: 502 })).toMatchObject({
      code: 'SOMETHING_NEW',
      kind: 'server',
      retryable: true,
    })
    expect(new PortalError({ code: 'SOMETHING_NEW', status: 400 })).toMatchObject({
      kind: 'unexpected',
      retryable: false,
    })
  })
})

describe('portalErrorFromBody', () => {
  it('reads a REST error body and ignores a success', () => {
    expect(
      portalErrorFromBody(
        {
          error: 'ERROR_ARGUMENT',
          error_description: "Argument 'LINE' is null or empty",
          argument: 'LINE',
        },
        400,
      ),
    ).toMatchObject({
      code: 'ERROR_ARGUMENT',
      status: 400,
      description: "Argument 'LINE' is null or empty",
    })
    expect(portalErrorFromBody({ result: true, time: {} }, 200)).toBeUndefined()
    expect(portalErrorFromBody('<html>', 502)).toBeUndefined()
  })
})

describe('toPortalError', () => {
  it('maps SDK errors by code and status, without copying request details', () => {
    const sdkError = Object.assign(new Error('Too many requests'), {
      code: 'QUERY_LIMIT_EXCEEDED',
      status: 503,
      requestInfo: { params: { auth: 'secret-token' } },
    })
    const error = toPortalError(sdkError)
    expect(error).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', status: 503, kind: 'rate-limit' })
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('secret-token')
  })

  it('turns a lost connection and anything unreadable into clear errors', () => {
    expect(
      toPortalError(Object.assign(new Error('Network Error'), { code: 'NETWORK_ERROR', status: 0 }))
        .kind,
    ).toBe('network')
    expect(toPortalError('garbage')).toMatchObject({
      code: 'MALFORMED_RESPONSE',
      kind: 'unexpected',
    })
  })

  // What SDK 2.2.0 really throws, as test/e2e/sdk-bridge.spec.ts observes it in Chromium
  // against the local portal (built here with the SDK's own classes).
  const thrownBySdk = (code: string, status: number, description: string) =>
    new AjaxError({ code, status, description, requestInfo: { method: 'app.info', params: {} } })

  it.each([
    // HTTP 500: a "hard" code for the SDK, thrown at once without retries.
    ['INTERNAL_SERVER_ERROR', 500, 'Internal server error', 'INTERNAL_SERVER_ERROR', 'server'],
    // A dropped connection, after the SDK's three attempts.
    ['NETWORK_ERROR', 0, 'Network connection failed', 'NETWORK_ERROR', 'network'],
    // HTML with HTTP 502, after three attempts: axios's code.
    [
      'ERR_BAD_RESPONSE',
      502,
      'Request failed with status code 502',
      'MALFORMED_RESPONSE',
      'unexpected',
    ],
    // HTML with HTTP 200: taken for a success, then unreadable (no `time`): not retried.
    [
      'JSSDK_UNKNOWN_ERROR',
      0,
      "Cannot destructure property 'operating' of 'data' as it is undefined.",
      'MALFORMED_RESPONSE',
      'unexpected',
    ],
    // 503 that does not end, after three attempts.
    ['QUERY_LIMIT_EXCEEDED', 503, 'Too many requests', 'QUERY_LIMIT_EXCEEDED', 'rate-limit'],
  ] as const)('maps the SDK’s %s (%s)', (sdkCode, status, description, code, kind) => {
    const error = toPortalError(thrownBySdk(sdkCode, status, description))
    expect(error).toMatchObject({ code, status, kind, retryable: true, description })
  })

  it('maps a refreshAuth failure the SDK wrapped as JSSDK_UNKNOWN_ERROR to the refresh timeout', () => {
    const timeout = new SdkError({
      code: 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT',
      status: 408,
      description: 'refreshAuth: the parent window did not answer within 10000ms',
    })
    // AbstractHttp._convertUnknownErrorToAjaxError keeps only the message.
    const wrapped = thrownBySdk('JSSDK_UNKNOWN_ERROR', 0, timeout.message)
    expect(toPortalError(wrapped)).toMatchObject({
      code: 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT',
      kind: 'auth',
      status: 0,
    })
    expect(toPortalError(timeout)).toMatchObject({
      code: 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT',
      kind: 'auth',
      status: 408,
    })
  })
})
