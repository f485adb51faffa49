// Shared set-up for the model's contract tests (and for anyone who wants a portal in-process).
import { createManualClock, type ManualClock } from './clock.ts'
import { createMemoryStorage } from './memory-storage.ts'
import { createPortal } from './portal.ts'
import type { LimitSettings, Portal, ResetOptions, RestResponse } from './types.ts'

export interface TestPortal {
  portal: Portal
  clock: ManualClock
  storage: ReturnType<typeof createMemoryStorage>
  token: string
  /** One REST call with the app's token; returns the JSON response (fails on non-JSON). */
  call(method: string, params?: Record<string, unknown>): Promise<JsonResponse>
  batch(cmd: unknown, halt?: 0 | 1): Promise<JsonResponse>
}

export interface JsonResponse {
  status: number
  body: Record<string, unknown>
}

export function setupPortal(
  options: { scenario?: ResetOptions; limits?: LimitSettings; autoAdvance?: boolean } = {},
): TestPortal {
  const clock = createManualClock(Date.UTC(2025, 0, 15, 9, 0, 0), {
    autoAdvance: options.autoAdvance ?? true,
  })
  const storage = createMemoryStorage()
  const portal = createPortal({
    storage,
    clock,
    domain: 'localhost:3000',
    limits: options.limits ?? { burst: 10_000, drainPerSecond: 100 },
  })
  if (options.scenario) portal.reset(options.scenario)
  const token = portal.issueAuth().access_token
  const call = async (method: string, params: Record<string, unknown> = {}) =>
    asJson(await portal.rest({ method, params, token }))
  return {
    portal,
    clock,
    storage,
    token,
    call,
    batch: (cmd, halt = 0) => call('batch', { halt, cmd }),
  }
}

export function asJson(response: RestResponse): JsonResponse {
  if (response.kind !== 'json') throw new Error(`expected a JSON response, got ${response.kind}`)
  return { status: response.status, body: response.body as Record<string, unknown> }
}
