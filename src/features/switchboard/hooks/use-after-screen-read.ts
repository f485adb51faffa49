import { useEffect } from 'react'
import { afterNextPaint } from '../../../app/after-next-paint'
import type { RowLoader } from '../api/row-loader'

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
