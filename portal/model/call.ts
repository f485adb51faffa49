import { RestError } from './errors.ts'
import { MALFORMED_BODY, MALFORMED_RESPONSE, NETWORK_ERROR, type Faults } from './faults.ts'
import type { Limits, TimeInfo } from './limits.ts'
import type { Caller } from './methods/context.ts'
import { METHODS } from './methods/registry.ts'
import type { Params } from './params.ts'
import type { Store } from './store.ts'
import type { FaultRule, PortalClock } from './types.ts'

/** How one call (top-level or inside a batch) ended, before it becomes an HTTP answer. */
export type CallOutcome =
  | { kind: 'ok'; result: unknown; time: TimeInfo }
  | { kind: 'error'; error: RestError }
  | { kind: 'network-error' }
  | { kind: 'raw'; status: number; contentType: string; text: string }

export interface CallDeps {
  store: Store
  clock: PortalClock
  limits: Limits
  faults: Faults
}

/**
 * Runs one method: injected faults first (latency, then the error), then the method lookup,
 * the operating-time block and the handler. The clock runs around all of it, so injected
 * latency counts as execution time, as a slow server's would.
 */
export async function runCall(
  deps: CallDeps,
  method: string,
  params: Params,
  caller: Caller,
  inBatch: boolean,
): Promise<CallOutcome> {
  const { clock, limits, faults, store } = deps
  const startMs = clock.now()
  const handler = METHODS.get(method)

  const faulted = await applyFault(deps, faults.take(method, params))
  if (faulted) {
    if (handler) limits.record(method, startMs, clock.now())
    return faulted
  }

  if (method === 'batch' && inBatch) {
    return { kind: 'error', error: new RestError('ERROR_BATCH_METHOD_NOT_ALLOWED') }
  }
  if (!handler) return { kind: 'error', error: new RestError('ERROR_METHOD_NOT_FOUND') }
  if (limits.blocked(method)) return { kind: 'error', error: new RestError('OPERATION_TIME_LIMIT') }

  try {
    const result = handler({ params, caller, store, clock })
    return { kind: 'ok', result, time: limits.record(method, startMs, clock.now()) }
  } catch (error) {
    limits.record(method, startMs, clock.now())
    if (error instanceof RestError) return { kind: 'error', error }
    return { kind: 'error', error: new RestError('INTERNAL_SERVER_ERROR') }
  }
}

/** Sleeps for the rule's latency, then returns its failure (or undefined: latency only). */
export async function applyFault(
  { clock }: CallDeps,
  fault: FaultRule | undefined,
): Promise<Exclude<CallOutcome, { kind: 'ok' }> | undefined> {
  if (!fault) return undefined
  if (fault.latencyMs !== undefined && fault.latencyMs > 0) await clock.sleep(fault.latencyMs)
  if (fault.error === undefined) return undefined
  if (fault.error === NETWORK_ERROR) return { kind: 'network-error' }
  if (fault.error === MALFORMED_RESPONSE) {
    return {
      kind: 'raw',
      status: fault.status ?? 200,
      contentType: 'text/html; charset=utf-8',
      text: MALFORMED_BODY,
    }
  }
  const options: { status?: number; description?: string } = {}
  if (fault.status !== undefined) options.status = fault.status
  if (fault.description !== undefined) options.description = fault.description
  return { kind: 'error', error: new RestError(fault.error, options) }
}
