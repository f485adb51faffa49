import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startLocalPortal, type LocalPortal } from './start.ts'

let dataDir: string
let running: LocalPortal
let base: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'portal-http-'))
  running = await startLocalPortal({
    portalPort: 0,
    app: 'none',
    dataDir,
    hostPage: false,
    quiet: true,
    appUrl: 'http://localhost:5999/',
  })
  base = running.portalUrl.replace(/\/$/, '')
})

afterAll(async () => {
  await running.close()
  rmSync(dataDir, { recursive: true, force: true })
})

beforeEach(async () => {
  await control('POST', 'reset', { scenario: 'demo' })
  await control('POST', 'session', { isAdmin: true, canModifyConnectors: true, lang: 'en' })
  await control('DELETE', 'faults')
  await control('DELETE', 'log')
})

async function control(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/__portal/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function token(): Promise<string> {
  const { body } = await control('POST', 'auth')
  return body.access_token as string
}

async function rest(path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}/rest/${path}`, init)
  const text = await response.text()
  let body: Record<string, unknown> | undefined
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    body = undefined
  }
  return { status: response.status, headers: response.headers, text, body }
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
})

const SELECT_TWO = { PARAMS: { select: ['ID', 'LINE_NAME'], limit: 2 } }

describe('REST over HTTP', () => {
  it('answers the CORS preflight with the request origin, methods and headers', async () => {
    const response = await fetch(`${base}/rest/imconnector.list`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(response.headers.get('access-control-allow-methods')).toBe('POST,GET,OPTIONS')
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type,Authorization')
  })

  it('puts Access-Control-Allow-Origin on successes and errors alike', async () => {
    const origin = { Origin: 'http://app.example:8080' }
    const ok = await rest('imopenlines.config.list.get', {
      ...json({ auth: await token() }),
      headers: { ...origin, 'Content-Type': 'application/json' },
    })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://app.example:8080')
    const denied = await rest('imopenlines.config.list.get', { method: 'POST', headers: origin })
    expect(denied.status).toBe(401)
    expect(denied.body).toEqual({
      error: 'NO_AUTH_FOUND',
      error_description: 'Wrong authorization data',
    })
    expect(denied.headers.get('access-control-allow-origin')).toBe('http://app.example:8080')
  })

  it('takes the token from auth in the body, access_token in the query, or a Bearer header', async () => {
    const auth = await token()
    const fromBody = await rest('imopenlines.config.list.get', json({ auth, ...SELECT_TWO }))
    const fromQuery = await rest(
      `imopenlines.config.list.get?access_token=${auth}&PARAMS[select][]=ID&PARAMS[limit]=2`,
    )
    const fromHeader = await rest('imopenlines.config.list.get', {
      ...json(SELECT_TWO),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${auth}` },
    })
    const expected = [
      { ID: '1', LINE_NAME: 'Sales' },
      { ID: '2', LINE_NAME: 'Support' },
    ]
    expect(fromBody.body?.result).toEqual(expected)
    expect(fromQuery.body?.result).toEqual([{ ID: '1' }, { ID: '2' }])
    expect(fromHeader.body?.result).toEqual(expected)
    expect(fromBody.body?.time).toBeTypeOf('object')
  })

  it('accepts the .json suffix and GET', async () => {
    const res = await rest(`imopenlines.config.list.get.json?auth=${await token()}&PARAMS[limit]=1`)
    expect(res.status).toBe(200)
    expect(res.body?.result).toHaveLength(1)
  })

  it('parses url-encoded bodies with PHP-style nesting, body over query', async () => {
    const auth = await token()
    const form = new URLSearchParams()
    form.append('auth', auth)
    form.append('PARAMS[select][]', 'ID')
    form.append('PARAMS[select][]', 'ACTIVE')
    form.append('PARAMS[limit]', '3')
    form.append('PARAMS[filter][ACTIVE]', 'Y')
    const res = await rest('imopenlines.config.list.get?PARAMS[limit]=1', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    })
    expect(res.status).toBe(200)
    const result = res.body?.result as Record<string, string>[]
    expect(result).toHaveLength(3)
    expect(result.every((line) => line.ACTIVE === 'Y' && Object.keys(line).length === 2)).toBe(true)

    const { body } = await control('GET', 'log')
    const entries = body.entries as { method: string; params: Record<string, unknown> }[]
    expect(entries.at(-1)?.method).toBe('imopenlines.config.list.get')
    expect(entries.at(-1)?.params).toEqual({
      PARAMS: { select: ['ID', 'ACTIVE'], limit: '3', filter: { ACTIVE: 'Y' } },
    })
  })

  it('parses JSON bodies, refuses broken JSON and unknown content types with a REST error', async () => {
    const auth = await token()
    const ok = await rest('imopenlines.config.list.get', json({ auth, PARAMS: { limit: 1 } }))
    expect(ok.body?.result).toHaveLength(1)
    const broken = await rest('imopenlines.config.list.get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"auth":',
    })
    expect(broken.status).toBe(400)
    expect(broken.body).toEqual({
      error: 'INVALID_REQUEST',
      error_description: 'Request body is not valid JSON',
    })
    const xml = await rest('imopenlines.config.list.get', {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml' },
      body: '<a/>',
    })
    expect(xml.status).toBe(400)
    expect(xml.body?.error).toBe('INVALID_REQUEST')
  })

  it('serves incoming webhooks at /rest/<user>/<secret>/<method>', async () => {
    const hook = await control('POST', 'webhook')
    expect(hook.status).toBe(200)
    const { userId, secret, url } = hook.body as { userId: string; secret: string; url: string }
    expect(url).toBe(`${base}/rest/${userId}/${secret}/`)
    const list = await fetch(`${url}imopenlines.config.list.get.json?PARAMS[limit]=2`)
    expect(list.status).toBe(200)
    expect(((await list.json()) as { result: unknown[] }).result).toHaveLength(2)
    // imconnector.activate needs an application context: a webhook is refused.
    const activate = await fetch(
      `${url}imconnector.activate`,
      json({ CONNECTOR: 'x', LINE: 1, ACTIVE: 1 }),
    )
    expect(activate.status).toBe(403)
    expect(((await activate.json()) as { error: string }).error).toBe('WRONG_AUTH_TYPE')
    const wrong = await fetch(`${base}/rest/${userId}/nottheSecret/imopenlines.config.list.get`)
    expect(wrong.status).toBe(401)
  })

  it('answers unknown REST paths with ERROR_METHOD_NOT_FOUND', async () => {
    const res = await rest('a/b')
    expect(res.status).toBe(404)
    expect(res.body?.error).toBe('ERROR_METHOD_NOT_FOUND')
  })

  it('drops the connection for a NETWORK_ERROR fault, then serves the next call', async () => {
    await control('POST', 'faults', {
      rules: [{ method: 'imopenlines.config.list.get', error: 'NETWORK_ERROR', times: 1 }],
    })
    const auth = await token()
    const failure = await fetch(`${base}/rest/imopenlines.config.list.get`, json({ auth })).catch(
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(TypeError)
    const cause = (failure as TypeError & { cause?: { code?: string; message?: string } }).cause
    expect(String(cause?.code ?? cause?.message)).toMatch(/SOCKET|ECONNRESET|other side closed/i)
    const next = await rest('imopenlines.config.list.get', json({ auth, PARAMS: { limit: 1 } }))
    expect(next.status).toBe(200)
  })

  it('answers a MALFORMED_RESPONSE fault with a non-JSON body', async () => {
    await control('POST', 'faults', { rules: [{ error: 'MALFORMED_RESPONSE', times: 1 }] })
    const res = await rest('imopenlines.config.list.get', json({ auth: await token() }))
    expect(res.body).toBeUndefined()
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(res.text).toContain('Bad Gateway')
  })
})

describe('control API', () => {
  it('resets to a scenario and reports the state', async () => {
    const reset = await control('POST', 'reset', {
      scenario: 'large',
      lines: 12,
      connectors: 4,
      seed: 7,
    })
    expect(reset.status).toBe(200)
    expect(reset.body.scenario).toBe('large')
    expect(reset.body.lines).toHaveLength(12)
    expect(reset.body.connectors).toHaveLength(4)
    const state = await control('GET', 'state')
    expect(state.body.scenario).toBe('large')
    expect(Object.keys(state.body).sort()).toEqual(
      [
        'app',
        'connectors',
        'events',
        'faults',
        'limits',
        'lines',
        'scenario',
        'session',
        'statuses',
      ].sort(),
    )
  })

  it.each([
    [{}, '"scenario" is required (one of demo, empty, large, hostile, readonly)'],
    [
      { scenario: 'huge' },
      '"scenario" must be one of "demo", "empty", "large", "hostile", "readonly"',
    ],
    [{ scenario: 'demo', lines: 5 }, '"lines" and "connectors" apply to the "large" scenario only'],
    [{ scenario: 'large', lines: -1 }, '"lines" must be an integer from 0 to 5000'],
    [
      { scenario: 'demo', colour: 'red' },
      'Unknown field in the body: "colour" (expected "scenario", "lines", "connectors", "seed")',
    ],
  ])('refuses reset body %j', async (body, message) => {
    const res = await control('POST', 'reset', body)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ error: 'BAD_REQUEST', message })
  })

  it('refuses bodies that are not JSON objects', async () => {
    const broken = await fetch(`${base}/__portal/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{scenario:',
    })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toEqual({
      error: 'BAD_REQUEST',
      message: 'The body is not valid JSON',
    })
    const list = await control('POST', 'reset', ['demo'])
    expect(list.body).toEqual({ error: 'BAD_REQUEST', message: 'The body must be a JSON object' })
    const form = await fetch(`${base}/__portal/reset`, { method: 'POST', body: 'scenario=demo' })
    expect(form.status).toBe(400)
    expect(((await form.json()) as { message: string }).message).toMatch(
      /Content-Type: application\/json/,
    )
  })

  it('changes the session, validates it, and expires tokens on demand', async () => {
    const res = await control('POST', 'session', { lang: 'de', isAdmin: false, authExpires: 600 })
    expect(res.status).toBe(200)
    expect(res.body.session).toMatchObject({ lang: 'de', isAdmin: false, authExpires: 600 })
    expect((await control('POST', 'auth')).body.expires_in).toBe(600)

    expect((await control('POST', 'session', { lang: 'english' })).body).toEqual({
      error: 'BAD_REQUEST',
      message: '"lang" must be a non-empty string of at most 2 characters',
    })
    expect((await control('POST', 'session', { isAdmin: 'yes' })).body.message).toBe(
      '"isAdmin" must be true or false',
    )

    const auth = await token()
    const before = await rest('imopenlines.config.list.get', json({ auth }))
    expect(before.status).toBe(200)
    const expire = await control('POST', 'session', { expireNow: true })
    expect(expire.body.expired).toBe(true)
    const after = await rest('imopenlines.config.list.get', json({ auth }))
    expect(after.status).toBe(401)
    expect(after.body?.error).toBe('expired_token')
  })

  it('issues grants for direct REST calls', async () => {
    const { status, body } = await control('POST', 'auth')
    expect(status).toBe(200)
    expect(body).toMatchObject({ expires_in: 3600, domain: new URL(base).host })
    expect(body.access_token).toMatch(/^\w{16,}$/)
    expect(body.refresh_token).toMatch(/^\w{16,}$/)
    expect((await control('POST', 'auth', { extra: 1 })).status).toBe(400)
  })

  it('sets and clears faults, with validation', async () => {
    const set = await control('POST', 'faults', {
      rules: [{ method: 'imconnector.status', match: { LINE: 3 }, error: 'INTERNAL_SERVER_ERROR' }],
    })
    expect(set.status).toBe(200)
    expect(set.body.faults).toEqual([
      { method: 'imconnector.status', match: { LINE: 3 }, error: 'INTERNAL_SERVER_ERROR' },
    ])
    const auth = await token()
    const hit = await rest('imconnector.status', json({ auth, CONNECTOR: 'telegrambot', LINE: 3 }))
    expect(hit.status).toBe(500)
    expect(hit.body?.error).toBe('INTERNAL_SERVER_ERROR')
    const miss = await rest('imconnector.status', json({ auth, CONNECTOR: 'telegrambot', LINE: 2 }))
    expect(miss.status).toBe(200)

    expect((await control('DELETE', 'faults')).body).toEqual({ faults: [] })
    expect((await control('GET', 'state')).body.faults).toEqual([])

    expect((await control('POST', 'faults', { rules: 'all' })).body.message).toBe(
      '"rules" must be a list of fault rules',
    )
    expect((await control('POST', 'faults', { rules: [{ method: 'x' }] })).body.message).toBe(
      'rules[0]: a rule needs "error", "latencyMs" or both',
    )
    expect(
      (await control('POST', 'faults', { rules: [{ error: 'X', times: 0 }] })).body.message,
    ).toBe('rules[0]: "times" must be an integer from 1 to 1000000')
    expect((await control('POST', 'faults', { rules: [{ error: 'X', when: 1 }] })).status).toBe(400)
    const seeded = await control('POST', 'faults', {
      rules: [{ error: 'X', probability: 0.1, seed: 42 }],
    })
    expect(seeded.body.faults).toEqual([{ error: 'X', probability: 0.1, seed: 42 }])
    expect(
      (await control('POST', 'faults', { rules: [{ error: 'X', probability: 1.5 }] })).body.message,
    ).toBe('rules[0]: "probability" must be a number from 0 to 1')
    expect(
      (await control('POST', 'faults', { rules: [{ error: 'X', seed: 3 }] })).body.message,
    ).toBe('rules[0]: "seed" applies with "probability" only')
    // The counter is the portal's to report, never a client's to set.
    expect((await control('POST', 'faults', { rules: [{ error: 'X', hits: 3 }] })).status).toBe(400)
  })

  it('sets limits, with validation', async () => {
    const res = await control('POST', 'limits', { burst: 250, drainPerSecond: 5 })
    expect(res.body).toEqual({ limits: { burst: 250, drainPerSecond: 5 } })
    expect((await control('POST', 'limits', { burst: 0, drainPerSecond: 1 })).body.message).toBe(
      '"burst" must be an integer from 1 to 100000',
    )
    expect((await control('POST', 'limits', { burst: 2 })).body.message).toBe(
      '"drainPerSecond" is required',
    )
    await control('POST', 'limits', { burst: 2, drainPerSecond: 0.01 })
    const auth = await token()
    const statuses: number[] = []
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await rest('imopenlines.config.list.get', json({ auth }))).status)
    }
    expect(statuses).toEqual([200, 200, 503])
    await control('POST', 'limits', { burst: 50, drainPerSecond: 2 })
  })

  it('keeps a request log without tokens, and clears it', async () => {
    const auth = await token()
    await rest('imopenlines.config.list.get', json({ auth, PARAMS: { limit: 1 } }))
    const log = await control('GET', 'log')
    expect(log.body.entries).toEqual([
      expect.objectContaining({
        method: 'imopenlines.config.list.get',
        status: 200,
        params: { PARAMS: { limit: 1 } },
      }),
    ])
    expect(JSON.stringify(log.body)).not.toContain(auth)
    expect((await control('DELETE', 'log')).body).toEqual({ entries: [] })
    expect((await control('GET', 'log')).body).toEqual({ entries: [] })
  })

  it('gives the host page what getInitData needs, and refreshes with rotation', async () => {
    await control('POST', 'session', { lang: 'ru' })
    const frame = await control('POST', 'frame/auth')
    expect(frame.status).toBe(200)
    expect(frame.body).toMatchObject({ lang: 'ru', isAdmin: true, installed: expect.any(Boolean) })
    const grant = frame.body.grant as Record<string, unknown>
    expect(Object.keys(grant).sort()).toEqual([
      'access_token',
      'expires_in',
      'member_id',
      'refresh_token',
    ])
    expect(grant.member_id).toMatch(/^[0-9a-f]{32}$/)

    const refreshed = await control('POST', 'frame/refresh', { refresh_token: grant.refresh_token })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.access_token).not.toBe(grant.access_token)
    const replay = await control('POST', 'frame/refresh', { refresh_token: grant.refresh_token })
    expect(replay.status).toBe(401)
    expect(replay.body.error).toBe('invalid_grant')
    expect((await control('POST', 'frame/refresh', {})).body.message).toBe(
      '"refresh_token" is required',
    )
  })

  it('finishes installation, and puts the app back in install mode', async () => {
    expect((await control('POST', 'app', { installed: false })).body).toMatchObject({
      app: { installed: false },
    })
    expect((await control('POST', 'frame/auth')).body.installed).toBe(false)
    expect((await control('POST', 'frame/install-finish')).body).toMatchObject({
      app: { installed: true },
    })
    expect((await control('POST', 'frame/auth')).body.installed).toBe(true)
    expect((await control('POST', 'app', {})).body.message).toBe('"installed" is required')
  })

  it('stores app options for admins only, and user options for anyone', async () => {
    const set = await control('POST', 'frame/app-option', { name: 'view', value: { dense: true } })
    expect(set.body).toEqual({ options: { view: { dense: true } } })
    await control('POST', 'session', { isAdmin: false })
    const refused = await control('POST', 'frame/app-option', { name: 'view', value: 1 })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toBe('ACCESS_DENIED')
    const user = await control('POST', 'frame/user-option', { name: 'sort', value: 'name' })
    expect(user.body).toEqual({ options: { sort: 'name' } })
    const frame = await control('POST', 'frame/auth')
    expect(frame.body).toMatchObject({
      appOptions: { view: { dense: true } },
      userOptions: { sort: 'name' },
    })
    expect((await control('POST', 'frame/user-option', { name: 'x' })).body.message).toBe(
      '"value" is required',
    )
  })

  it('tells the host page which app to embed', async () => {
    const config = await control('GET', 'config')
    expect(config.body).toMatchObject({
      appUrl: 'http://localhost:5999/',
      portalName: 'Local Bitrix24',
    })
  })

  it('answers unknown control paths with 404', async () => {
    const res = await control('GET', 'nothing-here')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({
      error: 'NOT_FOUND',
      message: 'No control endpoint GET /__portal/nothing-here',
    })
  })
})

describe('durable state', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'portal-durable-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const start = () =>
    startLocalPortal({ portalPort: 0, app: 'none', dataDir: dir, hostPage: false, quiet: true })

  it('keeps changes across a restart over the same folder, and leaves no temp files', async () => {
    const first = await start()
    const url = first.portalUrl
    const post = (path: string, body: unknown) =>
      fetch(`${url}__portal/${path}`, json(body)).then(
        (r) => r.json() as Promise<Record<string, unknown>>,
      )
    await post('reset', { scenario: 'hostile' })
    await post('session', { lang: 'br', canModifyConnectors: false })
    const memberId = first.portal.data().memberId
    await first.close()

    expect(readdirSync(dir)).toEqual(['portal.json'])

    const second = await start()
    try {
      const state = second.portal.snapshot()
      expect(state.scenario).toBe('hostile')
      expect(state.session).toMatchObject({ lang: 'br', canModifyConnectors: false })
      expect(second.portal.data().memberId).toBe(memberId)
    } finally {
      await second.close()
    }
  })

  it('writes the first scenario at once, so MEMBER_ID is stable from the start', async () => {
    const first = await start()
    const memberId = first.portal.data().memberId
    await first.close()
    const second = await start()
    expect(second.portal.data().memberId).toBe(memberId)
    await second.close()
  })
})
