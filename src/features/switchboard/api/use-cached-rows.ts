import { useQueryClient, type Query } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { trackInputHolds, whenIdleAndReleased } from '../../../app/input-hold'
import { rowHash } from './query-keys'
import type { Row } from './row-loader'

const REFRESH_MS = 150
/** Totals wait for idle time at most this long: a busy page still sees them move. */
const IDLE_WAIT_MS = 100
let counter = 0

export interface CachedRows {
  /** A line's row query as the cache holds it now (undefined until first asked for). */
  queryOf: (lineId: string) => Query<Row> | undefined
  /** Changes at most every 150 ms while rows change: the dependency of whole-matrix work. */
  version: number
}

/**
 * Every row of the grid, read from the cache by hash. Work over all rows depends on
 * `version`, which moves at most every 150 ms however many rows arrive or switch: a
 * background load of 1,000 rows must not recompute 1,000 times, nor a click in its frame.
 * With `live` false nothing is watched and the version stays put.
 */
export function useCachedRows(portalKey: string, live = true): CachedRows {
  const queryClient = useQueryClient()
  const cache = queryClient.getQueryCache()
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!live) return () => undefined
      trackInputHolds()
      let timer: ReturnType<typeof setTimeout> | undefined
      // Waits begun before an unsubscribe end without a word: one flag, not a canceller per
      // wait (a wait that ran at once would have handed back its own no-op canceller).
      let subscribed = true
      const rowsChanged = () => {
        if (timer) return
        timer = setTimeout(() => {
          // Not drawn while a click is being pressed (see whenInputReleased), and then in
          // idle time: after the frames and answers already queued, not in front of them.
          whenIdleAndReleased(() => {
            if (!subscribed) return
            timer = undefined
            counter += 1
            notify()
          }, IDLE_WAIT_MS)
        }, REFRESH_MS)
      }
      const unsubscribe = cache.subscribe((event) => {
        if (event.query.queryKey[2] === 'row') rowsChanged()
      })
      // React subscribes after the render that read the rows: rows put in the cache between
      // the two (a warm start's restored copy) send no event here, and fresh from storage
      // they are not read again either, so the totals and the filtered grid kept showing
      // nothing loaded. Looked at once more after subscribing.
      rowsChanged()
      return () => {
        subscribed = false
        clearTimeout(timer)
        unsubscribe()
      }
    },
    [cache, live],
  )
  const version = useSyncExternalStore(subscribe, () => (live ? counter : 0))

  const queryOf = useCallback(
    (lineId: string) => cache.get<Row>(rowHash(portalKey, lineId)),
    [cache, portalKey],
  )

  return { queryOf, version }
}
