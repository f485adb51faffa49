// The error envelope and every code the portal can answer. Bodies carry no `time`: the SDK
// tells success from failure by the presence of `error`, and so must the app.

export interface ErrorSpec {
  status: number
  description: string
}

/** The System errors table of bitrix24-rest.md, plus the method errors the portal uses. */
export const ERRORS = {
  expired_token: { status: 401, description: 'The access token provided has expired' },
  invalid_token: { status: 401, description: 'The access token provided is invalid' },
  NO_AUTH_FOUND: { status: 401, description: 'Wrong authorization data' },
  INVALID_CREDENTIALS: { status: 401, description: 'Invalid request credentials' },
  insufficient_scope: {
    status: 403,
    description: 'The request requires higher privileges than provided by the access token',
  },
  user_access_error: {
    status: 403,
    description: 'The user does not have access to the application',
  },
  ACCESS_DENIED: { status: 403, description: 'REST API is available only on commercial plans' },
  WRONG_AUTH_TYPE: {
    status: 403,
    description:
      'Current authorization type is denied for this method Application context required',
  },
  ERROR_METHOD_NOT_FOUND: { status: 404, description: 'Method not found!' },
  INVALID_REQUEST: { status: 400, description: 'Https required' },
  ERROR_BATCH_METHOD_NOT_ALLOWED: {
    status: 405,
    description: 'Method is not allowed for batch usage',
  },
  ERROR_BATCH_LENGTH_EXCEEDED: { status: 400, description: 'Max batch length exceeded' },
  OPERATION_TIME_LIMIT: {
    status: 429,
    description: 'Method is blocked due to operation time limit',
  },
  INTERNAL_SERVER_ERROR: { status: 500, description: 'Internal server error' },
  ERROR_UNEXPECTED_ANSWER: { status: 500, description: 'Server returned an unexpected response' },
  QUERY_LIMIT_EXCEEDED: { status: 503, description: 'Too many requests' },
  OVERLOAD_LIMIT: { status: 503, description: 'REST API is blocked due to overload' },
  PORTAL_DELETED: { status: 403, description: 'Portal was deleted (public part closed)' },
  // Method errors (400 in the real server: thrown as RestException with the default status).
  ERROR_ARGUMENT: { status: 400, description: 'Argument is null or empty' },
  INVALID_FORMAT: { status: 400, description: 'A wrong format is passed' },
  CONFIG_NOT_FOUND: { status: 400, description: 'Open line not found' },
} as const satisfies Record<string, ErrorSpec>

export type ErrorCode = keyof typeof ERRORS

/** imconnector.list answers this instead of the system ACCESS_DENIED (sic, no apostrophe). */
export const CONNECTOR_ACCESS_DENIED = 'You dont have access to this action'

export interface ErrorBody {
  error: string
  error_description: string
  [extra: string]: unknown
}

/** Thrown by method handlers; the dispatcher turns it into an error response. */
export class RestError extends Error {
  readonly code: string
  readonly status: number
  readonly description: string
  readonly extra: Record<string, unknown>

  constructor(
    code: string,
    options: { status?: number; description?: string; extra?: Record<string, unknown> } = {},
  ) {
    const spec = lookupError(code)
    const description = options.description ?? spec?.description ?? code
    super(`${code}: ${description}`)
    this.name = 'RestError'
    this.code = code
    this.status = options.status ?? spec?.status ?? 400
    this.description = description
    this.extra = options.extra ?? {}
  }

  body(): ErrorBody {
    return { error: this.code, error_description: this.description, ...this.extra }
  }
}

export function lookupError(code: string): ErrorSpec | undefined {
  return Object.hasOwn(ERRORS, code) ? ERRORS[code as ErrorCode] : undefined
}

/** The server's ArgumentNullException, as every imconnector method raises it. */
export function argumentNull(argument: string): RestError {
  return new RestError('ERROR_ARGUMENT', {
    description: `Argument '${argument}' is null or empty`,
    extra: { argument },
  })
}

export function wrongAuthType(): RestError {
  return new RestError('WRONG_AUTH_TYPE')
}

export function connectorAccessDenied(): RestError {
  return new RestError('ACCESS_DENIED', { status: 400, description: CONNECTOR_ACCESS_DENIED })
}
