import { IsRestoringProvider, QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { persistQueryClientRestore } from '@tanstack/react-query-persist-client'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { WarmStart } from './persistence'
import { RestoredProvider } from './restored-at'
import { subscribeToSaves } from './save-scheduler'

/**
 * The query client for the app: with a warm start, the last known switchboard is
 * restored from storage first and kept there; without one, nothing is stored.
 */
export function QueryProvider({
  client,
  warmStart,
  children,
}: {
  client: QueryClient
  warmStart?: WarmStart | undefined
  children: ReactNode
}) {
  if (!warmStart) return <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return (
    <QueryClientProvider client={client}>
      <PersistedCache client={client} warmStart={warmStart}>
        <RestoredProvider value={warmStart.restored}>{children}</RestoredProvider>
      </PersistedCache>
    </QueryClientProvider>
  )
}

// What PersistQueryClientProvider does (queries wait while the copy is restored, then the
// cache is kept), with our own save scheduling: see save-scheduler.ts.
function PersistedCache({
  client,
  warmStart,
  children,
}: {
  client: QueryClient
  warmStart: WarmStart
  children: ReactNode
}) {
  const [restoring, setRestoring] = useState(true)
  const restoreStartedFor = useRef<QueryClient | undefined>(undefined)

  useEffect(() => {
    const options = { ...warmStart.persistOptions, queryClient: client }
    if (restoring) {
      // Once per client: StrictMode runs effects twice, and a second restore would
      // overwrite what the first one's queries fetched since.
      if (restoreStartedFor.current === client) return
      restoreStartedFor.current = client
      void persistQueryClientRestore(options)
        .catch(() => undefined) // nothing restored: the app loads from the portal
        .finally(() => setRestoring(false))
      return
    }
    return subscribeToSaves(options, warmStart.saveIntervalMs)
  }, [client, restoring, warmStart])

  return <IsRestoringProvider value={restoring}>{children}</IsRestoringProvider>
}
