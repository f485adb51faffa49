import type { QueryClient } from '@tanstack/react-query'
import { Installer } from '../features/install/installer'
import { Switchboard } from '../features/switchboard/components/switchboard'
import { AppErrorBoundary } from './error-boundary'
import type { WarmStart } from './persistence'
import { FrameShell } from './frame-shell'
import { PortalProvider, type PortalConnection } from './portal-context'
import { QueryProvider } from './query-provider'

export function App({
  connection,
  queryClient,
  warmStart,
}: {
  connection: PortalConnection
  queryClient: QueryClient
  /** Restores and keeps the last known switchboard; without it nothing is stored. */
  warmStart?: WarmStart | undefined
}) {
  return (
    <FrameShell frame={connection.frame}>
      <AppErrorBoundary>
        <QueryProvider client={queryClient} warmStart={warmStart}>
          <PortalProvider value={connection}>
            {/* The portal opens the app in install mode until installFinish(); then it
                reloads the frame, and the same entry shows the switchboard. */}
            {connection.frame.isInstallMode ? <Installer /> : <Switchboard />}
          </PortalProvider>
        </QueryProvider>
      </AppErrorBoundary>
    </FrameShell>
  )
}
