import { useEffect } from 'react'
import type { RowLoader } from '../api/row-loader'

/** A hidden page paints no frames: past this, work that waits for a paint goes ahead. */
const PAINT_WAIT_LIMIT_MS = 250

function afterNextPaint(callback: () => void) {
  let done = false
  const run = () => {
    if (done) return
    done = true
    callback()
  }
  // A task after the next frame: the rows that just arrived are drawn before it.
  requestAnimationFrame(() => setTimeout(run, 0))
  setTimeout(run, PAINT_WAIT_LIMIT_MS)
}

/**
 * Runs `work` once the rows on screen have their states and have been drawn, and its
 * cleanup on unmount or when `work` changes. What the user looks at comes first: work that
 * can wait (queueing a thousand rows, fetching chunks for later) would otherwise hold the
 * main thread while the first screen's answers wait to be read.
 */
export function useAfterScreenRead(loader: RowLoader, work: () => (() => void) | undefined) {
  useEffect(() => {
    let stopped = false
    let cleanup: (() => void) | undefined
    void loader.whenScreenRead().then(() =>
      afterNextPaint(() => {
        if (!stopped) cleanup = work()
      }),
    )
    return () => {
      stopped = true
      cleanup?.()
    }
  }, [loader, work])
}
