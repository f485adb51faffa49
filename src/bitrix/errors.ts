// Every failure the app can meet, normalised in one place: REST error bodies, HTTP
// failures, SDK errors, network loss and malformed answers all become a PortalError
// with the REST code kept for support and a sentence a line administrator understands.

export type PortalErrorKind =
  | 'rate-limit'
  | 'operation-limit'
  | 'auth'
  | 'permission'
  | 'bad-request'
  | 'server'
  | 'network'
  | 'unexpected'

export interface PortalErrorInit {
  code: string
  status: number
  description?: string
  /** OPERATION_TIME_LIMIT: when the app sends the paused method again (ms since the epoch). */
  resumesAt?: number
}

interface CodeInfo {
  kind: PortalErrorKind
  retryable: boolean
  message: string
}

const CODE_INFO: Record<string, CodeInfo> = {
  QUERY_LIMIT_EXCEEDED: {
    kind: 'rate-limit',
    retryable: true,
    message: 'The portal is receiving too many requests right now. Try again in a few seconds.',
  },
  OVERLOAD_LIMIT: {
    kind: 'rate-limit',
    retryable: true,
    message: 'The portal is overloaded and has paused requests. Try again in a minute.',
  },
  OPERATION_TIME_LIMIT: {
    kind: 'operation-limit',
    retryable: true,
    // The sentence when no resume time is known; a method the app paused carries its
    // `resumesAt` and is told with the clock time instead (paused-client.ts, decision 005).
    message:
      'The portal has paused these changes for a while (up to 10 minutes) because earlier requests took too long. Try again in about 10 minutes.',
  },
  EXPIRED_TOKEN: {
    kind: 'auth',
    retryable: true,
    message: 'Your session with the portal has expired. Reload the app to sign in again.',
  },
  INVALID_TOKEN: {
    kind: 'auth',
    retryable: true,
    message: 'The portal did not accept this session. Reload the app to sign in again.',
  },
  NO_AUTH_FOUND: {
    kind: 'auth',
    retryable: false,
    message: 'The portal did not receive a valid sign-in. Reload the app from the portal.',
  },
  JSSDK_FRAME_REFRESH_AUTH_TIMEOUT: {
    kind: 'auth',
    retryable: true,
    message: 'The portal did not renew your session in time. Reload the app to sign in again.',
  },
  WRONG_AUTH_TYPE: {
    kind: 'permission',
    retryable: false,
    message:
      'The portal only allows this change from an installed application. Open the app from the portal’s Applications menu.',
  },
  ACCESS_DENIED: {
    kind: 'permission',
    retryable: false,
    message:
      'You do not have the right to connect communication channels. Ask your portal administrator to grant it.',
  },
  INSUFFICIENT_SCOPE: {
    kind: 'permission',
    retryable: false,
    message:
      'The app was installed without access to Open Channels. Ask your portal administrator to reinstall it with the “imopenlines” and “imconnector” permissions.',
  },
  USER_ACCESS_ERROR: {
    kind: 'permission',
    retryable: false,
    message: 'You do not have access to this application. Ask your portal administrator.',
  },
  PORTAL_DELETED: {
    kind: 'permission',
    retryable: false,
    message: 'This portal has been closed.',
  },
  ERROR_ARGUMENT: {
    kind: 'bad-request',
    retryable: false,
    message: 'The portal rejected the request as incomplete. Please report this to support.',
  },
  INVALID_FORMAT: {
    kind: 'bad-request',
    retryable: false,
    message: 'The portal rejected the request format. Please report this to support.',
  },
  ERROR_METHOD_NOT_FOUND: {
    kind: 'bad-request',
    retryable: false,
    message:
      'This portal does not support Open Channel connectors through apps. Check that the Open Channels module is enabled.',
  },
  ERROR_BATCH_LENGTH_EXCEEDED: {
    kind: 'bad-request',
    retryable: false,
    message: 'The app sent too many changes at once. Please report this to support.',
  },
  ERROR_BATCH_METHOD_NOT_ALLOWED: {
    kind: 'bad-request',
    retryable: false,
    message: 'The portal refused part of a combined request. Please report this to support.',
  },
  INVALID_REQUEST: {
    kind: 'bad-request',
    retryable: false,
    message: 'The portal requires a secure (HTTPS) connection.',
  },
  INTERNAL_SERVER_ERROR: {
    kind: 'server',
    retryable: true,
    message: 'The portal had an internal error and did not make the change. Try again.',
  },
  ERROR_UNEXPECTED_ANSWER: {
    kind: 'server',
    retryable: true,
    message: 'The portal answered unexpectedly. Try again.',
  },
  REQUEST_TIMEOUT: {
    kind: 'network',
    retryable: true,
    message: 'The portal took too long to answer. Check your connection and try again.',
  },
  NETWORK_ERROR: {
    kind: 'network',
    retryable: true,
    message: 'The portal could not be reached. Check your connection and try again.',
  },
  MALFORMED_RESPONSE: {
    kind: 'unexpected',
    retryable: true,
    message: 'The portal sent an answer the app could not read. Try again.',
  },
}

const FALLBACK_SERVER: CodeInfo = {
  kind: 'server',
  retryable: true,
  message: 'The portal had a problem and did not make the change. Try again.',
}
const FALLBACK_CLIENT: CodeInfo = {
  kind: 'unexpected',
  retryable: false,
  message: 'The portal refused the request. Please report this to support.',
}

export class PortalError extends Error {
  override readonly name = 'PortalError'
  /** The REST error code exactly as the portal sent it, for support. */
  readonly code: string
  /** HTTP status, 0 when no answer arrived. */
  readonly status: number
  /** The portal's own description (English, technical). */
  readonly description: string
  readonly kind: PortalErrorKind
  /** Whether the same call may succeed if repeated later. */
  readonly retryable: boolean
  /** OPERATION_TIME_LIMIT: when the app sends the paused method again (ms since the epoch). */
  readonly resumesAt: number | undefined

  constructor(init: PortalErrorInit) {
    const info = infoFor(init.code, init.status)
    super(info.message)
    this.code = init.code
    this.status = init.status
    this.description = init.description ?? ''
    this.kind = info.kind
    this.retryable = info.retryable
    this.resumesAt = init.resumesAt
  }
}

function infoFor(code: string, status: number): CodeInfo {
  // Codes come in either case (`expired_token`, `QUERY_LIMIT_EXCEEDED`): compare upper-cased.
  const known = CODE_INFO[code.toUpperCase()]
  if (known) return known
  if (status >= 500 || status === 0) return FALLBACK_SERVER
  return FALLBACK_CLIENT
}

/** Reads a REST error body (`{error, error_description}`), whatever else it carries. */
export function portalErrorFromBody(body: unknown, status: number): PortalError | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const record = body as Record<string, unknown>
  if (typeof record.error !== 'string' || record.error === '') return undefined
  return new PortalError({
    code: record.error,
    status,
    description: typeof record.error_description === 'string' ? record.error_description : '',
  })
}

/**
 * Turns anything thrown below the app (SDK errors, axios errors, plain Errors) into a
 * PortalError. Never copies request details: they can carry the access token.
 */
export function toPortalError(error: unknown): PortalError {
  if (error instanceof PortalError) return error
  if (typeof error === 'object' && error !== null) {
    const record = error as Record<string, unknown>
    const code = typeof record.code === 'string' && record.code !== '' ? record.code : undefined
    const status = typeof record.status === 'number' ? record.status : undefined
    if (code) {
      const message = typeof record.message === 'string' ? record.message : ''
      return new PortalError({
        code: sdkCodeToRestCode(code, status ?? 0, message),
        status: status ?? 0,
        description: message,
      })
    }
  }
  return new PortalError({ code: 'MALFORMED_RESPONSE', status: 0 })
}

// The SDK reports transport failures with its own codes; map the ones that mean the
// same thing as a REST code so the user gets one message per situation.
function sdkCodeToRestCode(code: string, status: number, message: string): string {
  if (code === 'NETWORK_ERROR' || code === 'ERR_NETWORK' || code === 'ECONNABORTED') {
    return status === 408 ? 'REQUEST_TIMEOUT' : 'NETWORK_ERROR'
  }
  if (code === 'JSSDK_FRAME_BAD_PAYLOAD' || code === 'ERR_BAD_RESPONSE') return 'MALFORMED_RESPONSE'
  if (code === 'JSSDK_UNKNOWN_ERROR') {
    // SDK 2.2.0 wraps anything that is neither an axios error nor its own AjaxError in
    // JSSDK_UNKNOWN_ERROR (status 0) and does not retry it. Two things end up here: a
    // refreshAuth that failed (its SdkError JSSDK_FRAME_REFRESH_AUTH_TIMEOUT keeps only
    // its message, "refreshAuth: the parent window did not answer…"), and an HTTP 200
    // whose body is not REST JSON (HTML from a proxy, no `time`): the SDK takes it for a
    // success and then fails reading it.
    return /refreshAuth/i.test(message) ? 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT' : 'MALFORMED_RESPONSE'
  }
  return code
}
