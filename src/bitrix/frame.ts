import { initializeB24Frame, ParamsFactory, type B24Frame } from '@bitrix24/b24jssdk'
import type { RequestRate } from './request-gate'

// The SDK caches one frame per page and destroy() does not clear that cache, so the
// frame is created exactly once here and never torn down (React StrictMode runs
// effects twice; an effect that destroyed the frame would leave the app deaf).
let framePromise: Promise<B24Frame> | undefined

/**
 * The SDK paces requests to the portal's leaky bucket (50, draining 2 a second) to the
 * millisecond, counting each as it leaves; the portal counts it as it arrives. A first
 * request that also opens the connection arrives a few ms later than its count, and a
 * request sent the moment the SDK's bucket allows it then finds the portal's at 50.01:
 * refused with 503. The SDK's bucket is one request smaller: a request may then reach the
 * portal up to half a second sooner after the first than the SDK counted, and still find
 * room. The reads of a large portal end half a second later.
 */
const BURST_HEADROOM = 1

export function isInsidePortal(): boolean {
  // The portal names the iframe DOMAIN|PROTOCOL|APP_SID before loading it; anything
  // else (a direct visit, a preview tab) is not inside a portal.
  return window.parent !== window && /^[^|]+\|[01]\|[0-9a-f]{32}$/i.test(window.name)
}

/** The SDK's own figures for a portal's limits, less the headroom: its bucket and the app's. */
export function portalRate(): RequestRate {
  const { burstLimit = 50, drainRate = 2 } = ParamsFactory.getDefault().rateLimit ?? {}
  return { burst: burstLimit - BURST_HEADROOM, perSecond: drainRate }
}

export function getFrame(): Promise<B24Frame> {
  const { burst, perSecond } = portalRate()
  framePromise ??= initializeB24Frame({
    restrictionParams: {
      rateLimit: { burstLimit: burst, drainRate: perSecond, adaptiveEnabled: true },
    },
  })
  return framePromise
}
