import { useIsRestoring, useQueryClient, type QueryCache } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react'
import { usePortal } from './portal-context'

// queryHash → dataUpdatedAt of each query restored from storage (see persistence.ts).
const RestoredContext = createContext<Map<string, number> | undefined>(undefined)

export function RestoredProvider({
  value,
  children,
}: {
  value: Map<string, number>
  children: ReactNode
}) {
  return <RestoredContext.Provider value={value}>{children}</RestoredContext.Provider>
}

function oldestRestored(
  cache: QueryCache,
  restored: Map<string, number>,
  portalKey: string,
): number | undefined {
  let oldest: number | undefined
  for (const [hash, restoredAt] of restored) {
    const query = cache.get(hash)
    if (!query || query.state.dataUpdatedAt !== restoredAt) {
      // Replaced by fresh data (or gone): it never shows restored data again.
      restored.delete(hash)
      continue
    }
    // Only what is on screen counts: a restored row nobody reads (a line deleted since,
    // a row scrolled away) must not keep the mark up.
    if (query.queryKey[1] !== portalKey || query.getObserversCount() === 0) continue
    if (oldest === undefined || restoredAt < oldest) oldest = restoredAt
  }
  return oldest
}

/**
 * When the switchboard data on screen was fetched, if any of it was restored from a
 * previous visit and has not been replaced by fresh data yet; `undefined` otherwise
 * (and while the restore is still running). With several restored queries on screen,
 * the oldest time: "from <time>" never claims data is newer than it is.
 */
export function useRestoredAt(): number | undefined {
  const cache = useQueryClient().getQueryCache()
  const restored = useContext(RestoredContext)
  const isRestoring = useIsRestoring()
  const { portalKey } = usePortal()
  // The cache also changes while components render (a row's query is created in its
  // render), and a load fires thousands of events: tell React at most every 100 ms, and
  // never from inside someone else's render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      let subscribed = true
      // The snapshot counts observers, and the grid's subscribe in effects that run after
      // this one: look again once they have, so the mark shows with the first grid.
      queueMicrotask(() => {
        if (subscribed) onChange()
      })
      const unsubscribe = cache.subscribe(() => {
        timer ??= setTimeout(() => {
          timer = undefined
          onChange()
        }, 100)
      })
      return () => {
        subscribed = false
        if (timer !== undefined) clearTimeout(timer)
        unsubscribe()
      }
    },
    [cache],
  )
  const snapshot = () =>
    isRestoring || !restored || restored.size === 0
      ? undefined
      : oldestRestored(cache, restored, portalKey)
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}
