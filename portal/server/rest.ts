import type { HttpBindings } from '@hono/node-server'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import qs from 'qs'
import type { Portal, RestRequest, RestResponse } from '../model/types.ts'
import { isPlainObject } from './validate.ts'

type Env = { Bindings: HttpBindings }

const MAX_BODY_BYTES = 8 * 1024 * 1024
// PHP's own defaults are about this size; without caps a crafted body could nest without end.
const QS_OPTIONS = { depth: 10, parameterLimit: 10_000, arrayLimit: 1000 } as const

/** `/rest/<method>[.json]` and `/rest/<userId>/<secret>/<method>[.json]`, GET and POST. */
export function createRestRoutes(getPortal: () => Portal): Hono<Env> {
  const rest = new Hono<Env>()

  // The app lives on another origin, so every REST answer needs CORS; echoing the origin
  // is what a portal does for its own frame apps.
  rest.use(
    '*',
    cors({
      origin: (origin) => origin || '*',
      allowMethods: ['POST', 'GET', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization'],
      maxAge: 600,
    }),
  )
  rest.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(restError('INVALID_REQUEST', 'Request body is too large'), 413),
    }),
  )

  const handle = async (c: Context<Env>, webhook?: RestRequest['webhook']) => {
    const method = stripJsonSuffix(c.req.param('method') ?? '')
    let params: Record<string, unknown>
    try {
      params = await readParams(c)
    } catch (error) {
      return c.json(restError('INVALID_REQUEST', describe(error)), 400)
    }
    const request: RestRequest = { method, params }
    const token = readToken(params, c.req.header('Authorization'))
    if (token !== undefined) request.token = token
    if (webhook) request.webhook = webhook

    let response: RestResponse
    try {
      response = await getPortal().rest(request)
    } catch (error) {
      console.error(`[portal] ${method} threw:`, error)
      return c.json(restError('INTERNAL_SERVER_ERROR', 'Internal server error'), 500)
    }
    return send(c, response)
  }

  rest.on(['GET', 'POST'], '/:method', (c) => handle(c))
  rest.on(['GET', 'POST'], '/:userId/:secret/:method', (c) =>
    handle(c, { userId: c.req.param('userId'), secret: c.req.param('secret') }),
  )
  rest.all('*', (c) => c.json(restError('ERROR_METHOD_NOT_FOUND', 'Method not found!'), 404))
  return rest
}

function send(c: Context<Env>, response: RestResponse): Response | Promise<Response> {
  switch (response.kind) {
    case 'json':
      return c.json(response.body as object, response.status as 200)
    case 'raw':
      return c.body(response.text, response.status as 200, { 'Content-Type': response.contentType })
    case 'network-error': {
      // What a dropped connection looks like to the browser: no status, no headers.
      const socket = c.env?.incoming?.socket
      if (socket) socket.destroy()
      return new Response(null, { status: 502 })
    }
  }
}

async function readParams(c: Context<Env>): Promise<Record<string, unknown>> {
  const url = new URL(c.req.url)
  const query = qs.parse(url.search.replace(/^\?/, ''), QS_OPTIONS) as Record<string, unknown>
  if (c.req.method !== 'POST') return query
  const text = await c.req.text()
  if (text.trim() === '') return query
  const type = (c.req.header('Content-Type') ?? '').toLowerCase()
  let body: Record<string, unknown>
  if (type.includes('json')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new Error('Request body is not valid JSON')
    }
    if (!isPlainObject(parsed)) throw new Error('Request body must be a JSON object')
    body = parsed
  } else if (type === '' || type.startsWith('application/x-www-form-urlencoded')) {
    body = qs.parse(text, QS_OPTIONS) as Record<string, unknown>
  } else {
    throw new Error(`Unsupported Content-Type "${type}": send JSON or a url-encoded form`)
  }
  // Body wins over the query string, as in PHP's $_REQUEST.
  return { ...query, ...body }
}

function readToken(params: Record<string, unknown>, authorization?: string): string | undefined {
  for (const key of ['auth', 'access_token']) {
    const value = params[key]
    if (typeof value === 'string' && value !== '') return value
  }
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1]
  return bearer
}

function stripJsonSuffix(method: string): string {
  return method.toLowerCase().endsWith('.json') ? method.slice(0, -'.json'.length) : method
}

function restError(error: string, description: string) {
  return { error, error_description: description }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
