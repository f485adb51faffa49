import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Switchboard } from '../features/switchboard/components/switchboard'
import { AppErrorBoundary } from './error-boundary'
import { PortalProvider, type PortalConnection } from './portal-context'

export function App({
  connection,
  queryClient,
}: {
  connection: PortalConnection
  queryClient: QueryClient
}) {
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <PortalProvider value={connection}>
          <Switchboard />
        </PortalProvider>
      </QueryClientProvider>
    </AppErrorBoundary>
  )
}
