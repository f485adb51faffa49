import { notifyManager, QueryClient } from '@tanstack/react-query'
import { PortalError } from '../bitrix/errors'

/**
 * The cache tells its observers in a microtask instead of the default setTimeout(0): after
 * a click the browser runs a timeout only after the next frame, so a switch's optimistic
 * state painted one frame late (about 30 ms instead of 14 in Chromium; `npm run bench`).
 * Updates made in one task still reach React together, and React batches them into one
 * render. Global to the query library: called once at boot, and by the tests' setup.
 */
export function notifyObserversInTheSameTask(): void {
  notifyManager.setScheduler(queueMicrotask)
}

/** How long a portal's last known switchboard is kept for a warm start. */
export const CACHE_MAX_AGE = 7 * 24 * 60 * 60 * 1000

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Kept as long as the warm-start copy may be: a query collected from memory would
        // also leave the stored copy (rows scrolled out of view keep their last states).
        gcTime: CACHE_MAX_AGE,
        // Connector states change rarely and every change made here updates the cache
        // itself; a minute keeps tab switches free while the portal stays the truth.
        staleTime: 60_000,
        refetchOnWindowFocus: true,
        // The SDK already retried transport failures; retry once more only what can help.
        retry: (failureCount, error) =>
          failureCount < 1 && error instanceof PortalError && error.retryable,
      },
      mutations: {
        // A throttled portal is waited out (the SDK already retried twice): the click is
        // kept, the cell stays busy, and only a limit that lasts reaches the user. Safe to
        // repeat: a switch carries its absolute target, and on twice is on.
        retry: (failureCount, error) =>
          failureCount < 4 && error instanceof PortalError && error.kind === 'rate-limit',
        retryDelay: (attempt) => Math.min(2_000 * 2 ** attempt, 16_000),
      },
    },
  })
}
