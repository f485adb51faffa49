import { wrongAuthType } from '../errors.ts'
import type { Params } from '../params.ts'
import type { Store } from '../store.ts'
import type { PortalClock } from '../types.ts'

/** How the caller authenticated: an app's OAuth token or an incoming webhook. */
export interface Caller {
  type: 'oauth' | 'webhook'
  userId: number
}

export interface MethodContext {
  /** The call's params, tokens removed; any JSON shape may hide inside. */
  params: Params
  caller: Caller
  store: Store
  clock: PortalClock
}

/** Returns the `result`; throws RestError for an error answer. */
export type MethodHandler = (context: MethodContext) => unknown

/** imconnector methods refuse anything but the app (OAuth) context. */
export function requireAppContext(context: MethodContext): void {
  if (context.caller.type !== 'oauth') throw wrongAuthType()
}
