/** A hidden page paints no frames: past this, work that waits for a paint goes ahead. */
const PAINT_WAIT_LIMIT_MS = 250

/**
 * Runs `callback` in a task after the next frame, so whatever changed before it is on
 * screen first; at the latest after 250 ms. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    callback()
  }
  const frame = requestAnimationFrame(() => setTimeout(run, 0))
  const limit = setTimeout(run, PAINT_WAIT_LIMIT_MS)
  return () => {
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(limit)
  }
}
