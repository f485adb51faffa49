import type { QueryClient } from '@tanstack/react-query'
import type { i18n as I18n } from 'i18next'
import { lazy, Suspense } from 'react'
import { I18nextProvider } from 'react-i18next'
import { Switchboard } from '../features/switchboard/components/switchboard'
import { englishI18n } from '../i18n'
import { AppErrorBoundary } from './error-boundary'
import type { WarmStart } from './persistence'
import { FrameShell } from './frame-shell'
import { PortalProvider, type PortalConnection } from './portal-context'
import { QueryProvider } from './query-provider'

/**
 * The installer shows once per portal, to the administrator who installs the app: every other
 * opening shows the switchboard, and its first screen does not carry the installer's code.
 */
export const loadInstaller = () => import('../features/install/installer')
const Installer = lazy(() => loadInstaller().then(({ Installer }) => ({ default: Installer })))

export function App({
  connection,
  queryClient,
  warmStart,
  i18n,
}: {
  connection: PortalConnection
  queryClient: QueryClient
  /** Restores and keeps the last known switchboard; without it nothing is stored. */
  warmStart?: WarmStart | undefined
  /** The interface language (see loadI18n); without it the app speaks English. */
  i18n?: I18n | undefined
}) {
  return (
    <I18nextProvider i18n={i18n ?? englishI18n()}>
      <FrameShell frame={connection.frame}>
        <AppErrorBoundary>
          <QueryProvider client={queryClient} warmStart={warmStart}>
            <PortalProvider value={connection}>
              {/* The portal opens the app in install mode until installFinish(); then it
                  reloads the frame, and the same entry shows the switchboard. */}
              {connection.frame.isInstallMode ? (
                <Suspense fallback={null}>
                  <Installer />
                </Suspense>
              ) : (
                <Switchboard />
              )}
            </PortalProvider>
          </QueryProvider>
        </AppErrorBoundary>
      </FrameShell>
    </I18nextProvider>
  )
}
