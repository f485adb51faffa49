import { stringify } from 'qs'
import {
  type AnswerListener,
  BATCH_LIMIT,
  type BatchOutcome,
  type PortalClient,
  type PortalFrame,
} from '../../src/bitrix/client'
import { PortalError, portalErrorFromBody } from '../../src/bitrix/errors'
import type { Portal, RestResponse } from '../../portal/model/types'

// The app's PortalClient over the in-process portal model: component tests run the
// real REST contracts without HTTP. It does what the SDK does on the wire — batch
// commands as `method?query-string`, named keys, one token refresh and retry on
// expired_token — so the layers above cannot tell the difference.

function errorOf(response: RestResponse): PortalError | undefined {
  if (response.kind === 'network-error')
    return new PortalError({ code: 'NETWORK_ERROR', status: 0 })
  if (response.kind === 'raw')
    return new PortalError({ code: 'MALFORMED_RESPONSE', status: response.status })
  const fromBody = portalErrorFromBody(response.body, response.status)
  if (fromBody) return fromBody
  if (response.status !== 200)
    return new PortalError({ code: 'ERROR_UNEXPECTED_ANSWER', status: response.status })
  return undefined
}

export function createInProcessClient(
  portal: Portal,
  answered: AnswerListener = () => {},
): PortalClient & { calls: () => number } {
  let grant = portal.issueAuth()
  let calls = 0
  // As the SDK (AbstractHttp._refreshAuth, #182): concurrent 401s share one refresh.
  let pendingRefresh: Promise<void> | undefined

  function refresh(): Promise<void> {
    pendingRefresh ??= Promise.resolve()
      .then(() => {
        grant = portal.refreshAuth(grant.refresh_token) ?? portal.issueAuth()
      })
      .finally(() => {
        pendingRefresh = undefined
      })
    return pendingRefresh
  }

  async function send(method: string, params: Record<string, unknown>) {
    calls += 1
    let response = await portal.rest({
      method,
      params: { ...params, auth: grant.access_token },
      token: grant.access_token,
    })
    const error = errorOf(response)
    if (error && (error.code === 'expired_token' || error.code === 'invalid_token')) {
      // As the SDK: ask the parent for fresh tokens once, then retry once.
      await refresh()
      response = await portal.rest({
        method,
        params: { ...params, auth: grant.access_token },
        token: grant.access_token,
      })
    }
    return response
  }

  return {
    calls: () => calls,
    async call(method, params = {}) {
      const response = await send(method, params)
      const error = errorOf(response)
      if (error) throw error
      const { body } = response as { body: { result: unknown; time?: unknown } }
      answered(method, body.time)
      return body.result
    },
    async batch(list) {
      if (list.length === 0) return []
      if (list.length > BATCH_LIMIT)
        throw new PortalError({ code: 'ERROR_BATCH_LENGTH_EXCEEDED', status: 400 })
      const cmd: Record<string, string> = {}
      list.forEach((call, index) => {
        cmd[`c${index}`] = `${call.method}?${stringify(call.params ?? {})}`
      })
      const response = await send('batch', { halt: 0, cmd })
      const error = errorOf(response)
      if (error) throw error
      const body = (response as { body: { result: Record<string, unknown> } }).body.result
      const results = (body.result ?? {}) as Record<string, unknown>
      const errors = (body.result_error ?? {}) as Record<string, unknown>
      const times = (body.result_time ?? {}) as Record<string, unknown>
      return list.map((_, index): BatchOutcome => {
        const key = `c${index}`
        if (key in errors) {
          return {
            ok: false,
            error:
              portalErrorFromBody(errors[key], 200) ??
              new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 }),
          }
        }
        if (key in results) {
          answered(list[index]?.method ?? '', times[key])
          return { ok: true, result: results[key] }
        }
        return { ok: false, error: new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 }) }
      })
    },
  }
}

export function createTestFrame(
  overrides: Partial<PortalFrame> = {},
): PortalFrame & { opened: string[]; titles: string[]; fits: number[]; installs: number } {
  const opened: string[] = []
  const titles: string[] = []
  const fits: number[] = []
  const calls = { installs: 0 }
  return {
    lang: 'en',
    isAdmin: true,
    isInstallMode: false,
    opened,
    titles,
    fits,
    get installs() {
      return calls.installs
    },
    async openPath(path) {
      opened.push(path)
    },
    async setTitle(title) {
      titles.push(title)
    },
    async installFinish() {
      calls.installs += 1
    },
    async fitToContent(height) {
      fits.push(height)
    },
    ...overrides,
  }
}
