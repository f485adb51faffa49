import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Installer } from '../features/install/installer'
import { Switchboard } from '../features/switchboard/components/switchboard'
import { AppErrorBoundary } from './error-boundary'
import { FrameShell } from './frame-shell'
import { PortalProvider, type PortalConnection } from './portal-context'

export function App({
  connection,
  queryClient,
}: {
  connection: PortalConnection
  queryClient: QueryClient
}) {
  return (
    <FrameShell frame={connection.frame}>
      <AppErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <PortalProvider value={connection}>
            {/* The portal opens the app in install mode until installFinish(); then it
                reloads the frame, and the same entry shows the switchboard. */}
            {connection.frame.isInstallMode ? <Installer /> : <Switchboard />}
          </PortalProvider>
        </QueryClientProvider>
      </AppErrorBoundary>
    </FrameShell>
  )
}
