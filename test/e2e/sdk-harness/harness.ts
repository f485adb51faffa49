// Test-only page: the real, unmodified @bitrix24/b24jssdk inside the local portal, with a
// small API on window for test/e2e/sdk-bridge.spec.ts. It never imports app code.
import {
  AjaxError,
  AjaxResult,
  ApiVersion,
  initializeB24Frame,
  SdkError,
  type B24Frame,
} from '@bitrix24/b24jssdk'
import type { HarnessApi, HarnessBatch, HarnessFailure, HarnessInit, HarnessOutcome } from './api'

let frame: B24Frame | undefined

function sdk(): B24Frame {
  if (!frame) throw new Error('harness.init() first')
  return frame
}

function failure(error: unknown, thrown: boolean, started: number): HarnessFailure {
  const record = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown
    code?: unknown
    status?: unknown
    message?: unknown
    constructor?: { name?: unknown }
  }
  return {
    ok: false,
    thrown,
    name: typeof record.name === 'string' ? record.name : typeof error,
    className: typeof record.constructor?.name === 'string' ? record.constructor.name : '',
    isAjaxError: error instanceof AjaxError,
    isSdkError: error instanceof SdkError,
    code: record.code === undefined ? '' : String(record.code),
    status: typeof record.status === 'number' ? record.status : -1,
    message: typeof record.message === 'string' ? record.message : String(error),
    ms: Math.round(performance.now() - started),
  }
}

function firstError(result: AjaxResult): unknown {
  for (const error of result.getErrors()) return error
  return undefined
}

function outcomeOf(result: AjaxResult, started: number): HarnessOutcome {
  if (!result.isSuccess) return failure(firstError(result), false, started)
  return {
    ok: true,
    result: result.getData()?.result,
    status: result.getStatus(),
    ms: Math.round(performance.now() - started),
  }
}

async function call(method: string, params: Record<string, unknown> = {}) {
  const started = performance.now()
  try {
    return outcomeOf(await sdk().actions.v2.call.make({ method, params }), started)
  } catch (error) {
    return failure(error, true, started)
  }
}

const harness: HarnessApi = {
  async init(): Promise<HarnessInit> {
    frame = await initializeB24Frame()
    const auth = frame.auth.getAuthData()
    return {
      lang: frame.getLang(),
      isAdmin: frame.auth.isAdmin,
      isInstallMode: frame.isInstallMode,
      targetOrigin: frame.getTargetOrigin(),
      restBase: frame.getTargetOriginWithPath().get(ApiVersion.v2) ?? '',
      domain: auth === false ? '' : auth.domain,
      memberId: auth === false ? '' : auth.member_id,
      appSid: frame.getAppSid(),
      windowName: window.name,
    }
  },

  call,

  async batch(calls): Promise<HarnessBatch> {
    const started = performance.now()
    const response = await sdk().actions.v2.batch.make({
      calls,
      options: { isHaltOnError: false, returnAjaxResult: true },
    })
    const data = (response.getData() ?? {}) as Record<string, AjaxResult | undefined>
    return {
      isSuccess: response.isSuccess,
      errors: [...response.errors].map(([key, error]) => {
        const described = failure(error, false, started)
        return { key, code: described.code, status: described.status }
      }),
      entries: Object.keys(calls).map((key) => {
        const result = data[key]
        return {
          key,
          outcome: result
            ? outcomeOf(result, started)
            : failure(new Error(`no result for ${key}`), false, started),
        }
      }),
    }
  },

  burst(n, method, params = {}) {
    return Promise.all(Array.from({ length: n }, () => call(method, params)))
  },

  authSnapshot() {
    const auth = frame?.auth.getAuthData()
    if (!auth) return null
    return {
      accessToken: auth.access_token,
      refreshToken: auth.refresh_token,
      expires: auth.expires,
    }
  },
}

Object.assign(window, { harness })
document.getElementById('state')?.replaceChildren('ready')
