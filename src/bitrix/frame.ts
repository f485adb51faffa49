import { initializeB24Frame, type B24Frame } from '@bitrix24/b24jssdk'

// The SDK caches one frame per page and destroy() does not clear that cache, so the
// frame is created exactly once here and never torn down (React StrictMode runs
// effects twice; an effect that destroyed the frame would leave the app deaf).
let framePromise: Promise<B24Frame> | undefined

export function isInsidePortal(): boolean {
  // The portal names the iframe DOMAIN|PROTOCOL|APP_SID before loading it; anything
  // else (a direct visit, a preview tab) is not inside a portal.
  return window.parent !== window && /^[^|]+\|[01]\|[0-9a-f]{32}$/i.test(window.name)
}

export function getFrame(): Promise<B24Frame> {
  framePromise ??= initializeB24Frame()
  return framePromise
}
