import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client'
import type { ReactNode } from 'react'
import type { WarmStart } from './persistence'
import { RestoredProvider } from './restored-at'

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
    <PersistQueryClientProvider client={client} persistOptions={warmStart.persistOptions}>
      <RestoredProvider value={warmStart.restored}>{children}</RestoredProvider>
    </PersistQueryClientProvider>
  )
}
