import type { Frame, Page, Request } from '@playwright/test'
import type { LineRecord, LogEntry, StatusRow } from '../../portal/model/types'
import type { HarnessApi, HarnessFailure, HarnessOutcome } from './sdk-harness/api'
import {
  expect,
  portalUrl,
  test,
  type PortalControl,
  type PortalFixtures,
} from './support/fixtures'

// The real, unmodified @bitrix24/b24jssdk 2.2.0 (test/e2e/sdk-harness, built and served by
// global-setup) inside the local portal's page, in Chromium. Each test asserts what the SDK
// answered and what the portal holds or logged.

type HarnessWindow = Window & { harness: HarnessApi }

function harnessUrl(): string {
  const url = process.env.SDK_HARNESS_URL
  if (!url) throw new Error('SDK_HARNESS_URL is not set: run the e2e tests through global-setup')
  return url
}

/** The harness page inside the portal, driven through frame.evaluate. */
class Harness {
  constructor(
    readonly page: Page,
    readonly frame: Frame,
  ) {}

  init() {
    return this.frame.evaluate(() => (window as unknown as HarnessWindow).harness.init())
  }
  call(method: string, params: Record<string, unknown> = {}) {
    return this.frame.evaluate(
      ([m, p]) => (window as unknown as HarnessWindow).harness.call(m, p),
      [method, params] as const,
    )
  }
  batch(calls: Record<string, [string, Record<string, unknown>]>) {
    return this.frame.evaluate((c) => (window as unknown as HarnessWindow).harness.batch(c), calls)
  }
  burst(n: number, method: string, params: Record<string, unknown> = {}) {
    return this.frame.evaluate(
      ([count, m, p]) => (window as unknown as HarnessWindow).harness.burst(count, m, p),
      [n, method, params] as const,
    )
  }
  authSnapshot() {
    return this.frame.evaluate(() => (window as unknown as HarnessWindow).harness.authSnapshot())
  }
}

/**
 * Opens the portal with the harness as its app (`?app=`) and waits for the page's API.
 * `requests` holds every request of the page and its frames from the first one on.
 */
async function openHarness(
  page: Page,
  openPortal: PortalFixtures['openPortal'],
): Promise<{ harness: Harness; requests: Request[] }> {
  const url = harnessUrl()
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  const { app } = await openPortal(`?app=${encodeURIComponent(url)}`)
  await expect(page.locator('iframe.b24-app-frame')).toHaveAttribute('src', url)
  await expect(app.locator('#state')).toHaveText('ready')
  const frame = page.frame({ url: (frameUrl) => frameUrl.href.startsWith(url) })
  if (!frame) throw new Error(`no frame at ${url}`)
  return { harness: new Harness(page, frame), requests }
}

async function logOf(control: PortalControl, method: string) {
  return (await control.log())
    .filter((entry) => entry.method === method)
    .map(({ status, error }) => ({ status, error }))
}

/** The portal's answers per SDK call: the SDK keeps `bx24_request_id` across its retries. */
async function attemptsOf(control: PortalControl, method: string) {
  const calls = new Map<string, { status: number; error?: string }[]>()
  for (const entry of await control.log()) {
    if (entry.method !== method) continue
    const id = String(entry.params.bx24_request_id)
    const answers = calls.get(id) ?? []
    answers.push(
      entry.error ? { status: entry.status, error: entry.error } : { status: entry.status },
    )
    calls.set(id, answers)
  }
  return [...calls.values()]
}

function failed(outcome: HarnessOutcome | undefined): HarnessFailure {
  if (!outcome || outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`)
  return outcome
}

const LINE_SELECT = { PARAMS: { select: ['ID', 'LINE_NAME', 'ACTIVE'] } }

function statusOf(state: { statuses: StatusRow[] }, connector: string, line: string) {
  const row = state.statuses.find((s) => s.connector === connector && s.line === line)
  const configured = !!row && row.ACTIVE && row.CONNECTION && row.REGISTER
  return {
    LINE: Number(line),
    CONNECTOR: connector,
    ERROR: row?.ERROR ?? false,
    CONFIGURED: configured,
    STATUS: configured && !row?.ERROR,
  }
}

test.describe('the unmodified SDK against the local portal', () => {
  test('init: getInitData reaches the app, REST goes to the portal origin only', async ({
    control,
    openPortal,
    page,
    request,
  }) => {
    // Not the defaults: the values must come from the portal.
    await control.session({ lang: 'de', isAdmin: false })
    const { harness, requests } = await openHarness(page, openPortal)
    const portal = new URL(portalUrl())
    const grant = (await (await request.post(new URL('/__portal/auth', portal).href)).json()) as {
      member_id: string
      domain: string
    }

    const init = await harness.init()
    expect(init).toMatchObject({
      lang: 'de',
      isAdmin: false,
      targetOrigin: portal.origin,
      restBase: `${portal.origin}/rest`,
      domain: portal.origin,
      memberId: grant.member_id,
    })
    expect(grant.domain).toBe(portal.host)
    expect(init.appSid).toMatch(/^[0-9a-f]{32}$/)
    expect(init.windowName).toBe(`${portal.host}|0|${init.appSid}`)

    const info = await harness.call('app.info')
    expect(info).toMatchObject({ ok: true, result: { LANGUAGE_ID: 'de' } })

    const appRequests = requests.filter((r) => r.frame() === harness.frame)
    const harnessOrigin = new URL(harnessUrl()).origin
    // The app is cross-origin, as in a real portal; its page and assets come from its host.
    expect(harnessOrigin).not.toBe(portal.origin)
    expect(appRequests.map((r) => r.url())).toContain(harnessUrl())
    const elsewhere = appRequests.filter(
      (r) => ![harnessOrigin, portal.origin].includes(new URL(r.url()).origin),
    )
    expect(elsewhere.map((r) => r.url())).toEqual([])
    const toPortal = appRequests.filter((r) => new URL(r.url()).origin === portal.origin)
    expect(toPortal.map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toEqual([
      'POST /rest/app.info',
    ])
    expect(await logOf(control, 'app.info')).toEqual([{ status: 200 }])
  })

  test('a call: imopenlines.config.list.get returns the demo lines', async ({
    control,
    openPortal,
    page,
  }) => {
    const { harness } = await openHarness(page, openPortal)
    await harness.init()
    const outcome = await harness.call('imopenlines.config.list.get', LINE_SELECT)
    const { lines } = await control.state()
    expect(lines).toHaveLength(8)
    expect(outcome).toMatchObject({ ok: true, status: 200 })
    const result = (outcome as { result: LineRecord[] }).result
    expect(result.map(({ ID, LINE_NAME, ACTIVE }) => ({ ID, LINE_NAME, ACTIVE }))).toEqual(
      lines.map(({ ID, LINE_NAME, ACTIVE }) => ({ ID, LINE_NAME, ACTIVE })),
    )
    expect(await logOf(control, 'imopenlines.config.list.get')).toEqual([{ status: 200 }])
  })

  test('a batch keeps every result beside a failing command, with its code', async ({
    control,
    openPortal,
    page,
  }) => {
    const { harness } = await openHarness(page, openPortal)
    await harness.init()
    await control.faults([
      {
        method: 'imconnector.status',
        match: { CONNECTOR: 'viber', LINE: 2 },
        error: 'INTERNAL_SERVER_ERROR',
        status: 500,
        times: 1,
      },
    ])
    const batch = await harness.batch({
      live: ['imconnector.status', { CONNECTOR: 'livechat', LINE: 1 }],
      missing: ['imconnector.status', { LINE: 1 }],
      tg: ['imconnector.status', { CONNECTOR: 'telegrambot', LINE: 1 }],
      faulted: ['imconnector.status', { CONNECTOR: 'viber', LINE: 2 }],
      edna: ['imconnector.status', { CONNECTOR: 'whatsappbyedna', LINE: 1 }],
    })
    const state = await control.state()

    const byKey = Object.fromEntries(batch.entries.map((e) => [e.key, e.outcome]))
    expect(byKey.live).toEqual({
      ok: true,
      status: 200,
      result: statusOf(state, 'livechat', '1'),
      ms: expect.any(Number),
    })
    expect(byKey.tg).toMatchObject({ ok: true, result: statusOf(state, 'telegrambot', '1') })
    // An error row of the demo: answered, not failed.
    expect(byKey.edna).toMatchObject({
      ok: true,
      result: { ...statusOf(state, 'whatsappbyedna', '1'), ERROR: true },
    })
    // A failed command carries its own code; its status is the batch's (200).
    expect(failed(byKey.missing)).toMatchObject({
      thrown: false,
      name: 'AjaxError',
      code: 'ERROR_ARGUMENT',
      status: 200,
      message: "Argument 'CONNECTOR' is null or empty",
    })
    expect(failed(byKey.faulted)).toMatchObject({
      name: 'AjaxError',
      code: 'INTERNAL_SERVER_ERROR',
      status: 200,
    })
    expect(batch.isSuccess).toBe(false)
    expect(batch.errors).toEqual([
      { key: 'missing', code: 'ERROR_ARGUMENT', status: 200 },
      { key: 'faulted', code: 'INTERNAL_SERVER_ERROR', status: 200 },
    ])

    // The fixture types the log loosely; the portal sends whole LogEntry records.
    const log = ((await control.log()) as LogEntry[]).filter((e) => e.method === 'batch')
    expect(log).toHaveLength(1)
    expect(log[0]?.status).toBe(200)
    expect(log[0]?.commands?.map(({ key, error }) => ({ key, error }))).toEqual([
      { key: 'live', error: undefined },
      { key: 'missing', error: 'ERROR_ARGUMENT' },
      { key: 'tg', error: undefined },
      { key: 'faulted', error: 'INTERNAL_SERVER_ERROR' },
      { key: 'edna', error: undefined },
    ])
  })

  test('an expired token: 401 expired_token, refresh through the parent, retried 200', async ({
    control,
    openPortal,
    page,
  }) => {
    const { harness, requests } = await openHarness(page, openPortal)
    await harness.init()
    const before = await harness.authSnapshot()
    expect(before?.accessToken).toBeTruthy()

    await control.session({ expireNow: true })
    const outcome = await harness.call('imopenlines.config.list.get', LINE_SELECT)
    expect(outcome).toMatchObject({ ok: true, status: 200 })

    // One SDK call (one request id): the 401, then the retry with the new token.
    expect(await attemptsOf(control, 'imopenlines.config.list.get')).toEqual([
      [{ status: 401, error: 'expired_token' }, { status: 200 }],
    ])
    const after = await harness.authSnapshot()
    expect(after?.accessToken).toBeTruthy()
    expect(after?.accessToken).not.toBe(before?.accessToken)
    expect(after?.refreshToken).not.toBe(before?.refreshToken)
    // The refresh went through the portal page (the parent's refreshAuth), once.
    const refreshes = requests.filter((r) => r.url().endsWith('/__portal/frame/refresh'))
    expect(refreshes.map((r) => r.frame() === harness.page.mainFrame())).toEqual([true])
  })

  test('a 503 burst: the SDK waits and retries until every call succeeds', async ({
    control,
    openPortal,
    page,
  }) => {
    const { harness } = await openHarness(page, openPortal)
    await harness.init()
    await control.limits(3, 2)
    try {
      const outcomes = await harness.burst(6, 'imopenlines.config.list.get', LINE_SELECT)
      expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true, true])

      // The portal admitted 3 at once and refused the rest; each SDK call (one request id)
      // ends with a 200, those refused after 503 QUERY_LIMIT_EXCEEDED answers only.
      const calls = await attemptsOf(control, 'imopenlines.config.list.get')
      expect(calls).toHaveLength(6)
      for (const answers of calls) {
        expect(answers.at(-1)).toEqual({ status: 200 })
        expect(answers.slice(0, -1)).toEqual(
          answers.slice(0, -1).map(() => ({ status: 503, error: 'QUERY_LIMIT_EXCEEDED' })),
        )
      }
      const retried = calls.filter((answers) => answers.length > 1)
      expect(retried.length).toBeGreaterThanOrEqual(3)
      // A refused call waited out the SDK's first back-off (1.5 s) before its retry.
      const slow = outcomes.filter((o) => o.ms >= 1400)
      expect(slow.length).toBeGreaterThanOrEqual(retried.length)
    } finally {
      await control.limits(50, 2)
    }
  })

  test('what the SDK throws for a 500, a dropped connection, a non-JSON body and a lasting 503', async ({
    control,
    openPortal,
    page,
  }) => {
    const { harness } = await openHarness(page, openPortal)
    await harness.init()
    await control.faults([
      { method: 'imopenlines.config.get', error: 'INTERNAL_SERVER_ERROR', status: 500 },
      { method: 'imconnector.list', error: 'NETWORK_ERROR' },
      { method: 'app.info', error: 'MALFORMED_RESPONSE' },
      { method: 'server.time', error: 'MALFORMED_RESPONSE', status: 502 },
      { method: 'profile', error: 'QUERY_LIMIT_EXCEEDED', status: 503 },
    ])
    try {
      const [serverError, dropped, malformed, badGateway, throttled] = await Promise.all([
        harness.call('imopenlines.config.get', { CONFIG_ID: 1 }),
        harness.call('imconnector.list'),
        harness.call('app.info'),
        harness.call('server.time'),
        harness.call('profile'),
      ])
      const ajaxError = { thrown: true, name: 'AjaxError', className: 'AjaxError' }
      const ajax = { ...ajaxError, isAjaxError: true, isSdkError: true }

      // 500 INTERNAL_SERVER_ERROR is one of the SDK's "hard" codes: thrown at once, no retry.
      expect(failed(serverError)).toMatchObject({
        ...ajax,
        code: 'INTERNAL_SERVER_ERROR',
        status: 500,
        message: 'Internal server error',
      })
      expect(await logOf(control, 'imopenlines.config.get')).toEqual([
        { status: 500, error: 'INTERNAL_SERVER_ERROR' },
      ])

      // A dropped connection: three SDK attempts (~1 s, ~2 s apart), then NETWORK_ERROR,
      // status 0. Chromium itself re-sends a request whose connection closed unanswered, so
      // the portal sees three or more requests.
      expect(failed(dropped)).toMatchObject({ ...ajax, code: 'NETWORK_ERROR', status: 0 })
      expect(dropped.ms).toBeGreaterThanOrEqual(2600)
      const droppedCalls = await attemptsOf(control, 'imconnector.list')
      expect(droppedCalls).toHaveLength(1)
      expect(droppedCalls[0]?.length).toBeGreaterThanOrEqual(3)
      expect(new Set(droppedCalls[0]?.map((a) => `${a.status} ${a.error}`))).toEqual(
        new Set(['0 NETWORK_ERROR']),
      )

      // HTML with HTTP 200: axios keeps the text, the SDK takes it for a success and then
      // fails reading its `time`: a JSSDK_UNKNOWN_ERROR with status 0, not retried.
      expect(failed(malformed)).toMatchObject({
        ...ajax,
        code: 'JSSDK_UNKNOWN_ERROR',
        status: 0,
        message: expect.stringMatching(/^Cannot destructure property 'operating'/),
      })
      expect(await logOf(control, 'app.info')).toEqual([
        { status: 200, error: 'MALFORMED_RESPONSE' },
      ])

      // HTML with HTTP 502 (a broken proxy): retried like any 5xx, then axios's ERR_BAD_RESPONSE.
      expect(failed(badGateway)).toMatchObject({
        ...ajax,
        code: 'ERR_BAD_RESPONSE',
        status: 502,
        message: 'Request failed with status code 502',
      })
      expect(await attemptsOf(control, 'server.time')).toEqual([
        Array(3).fill({ status: 502, error: 'MALFORMED_RESPONSE' }),
      ])

      // A 503 that does not end: three attempts (~1.5 s, ~2.25 s apart), then the portal's code.
      expect(failed(throttled)).toMatchObject({
        ...ajax,
        code: 'QUERY_LIMIT_EXCEEDED',
        status: 503,
      })
      expect(throttled.ms).toBeGreaterThanOrEqual(3600)
      expect(await attemptsOf(control, 'profile')).toEqual([
        Array(3).fill({ status: 503, error: 'QUERY_LIMIT_EXCEEDED' }),
      ])
    } finally {
      await control.clearFaults()
    }
  })
})
