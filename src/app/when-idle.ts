type IdleWindow = {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number
  cancelIdleCallback?: (handle: number) => void
}

/**
 * Runs `callback` when the browser has idle time (after the frame and the tasks already
 * queued), and at the latest after `timeoutMs`. Browsers without idle callbacks (Safari) run
 * it at once, as if it were idle. Returns a function that cancels a callback not yet run.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  const { requestIdleCallback, cancelIdleCallback } = globalThis as IdleWindow
  if (!requestIdleCallback || !cancelIdleCallback) {
    callback()
    return () => undefined
  }
  const handle = requestIdleCallback(callback, { timeout: timeoutMs })
  return () => cancelIdleCallback(handle)
}
