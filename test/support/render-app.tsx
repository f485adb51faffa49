import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../src/app/app'
import type { WarmStart } from '../../src/app/persistence'
import { withAuthRetry } from '../../src/bitrix/auth-retry'
import { createMethodPauses, type PauseClock } from '../../src/bitrix/method-pauses'
import { withMethodPauses } from '../../src/bitrix/paused-client'
import { withRequestGate } from '../../src/bitrix/request-gate'
import { withInputFirst } from '../../src/bitrix/input-first'
import { whenInputReleased } from '../../src/app/input-hold'
import { createI18n } from '../../src/i18n'
import type { Catalogue } from '../../src/i18n/locales/en'
import { createMemoryStorage } from '../../portal/model/memory-storage'
import { createPortal } from '../../portal/model/portal'
import type { LimitSettings, Portal, PortalClock, ResetOptions } from '../../portal/model/types'
import { resetUiStores } from './reset-stores'
import { createInProcessClient, createTestFrame } from './in-process-client'

export interface RenderOptions {
  scenario?: ResetOptions
  limits?: LimitSettings
  /** Adjust the portal before the app first reads it (faults, session…). */
  prepare?: (portal: Portal) => void
  /** Restore and keep the switchboard as a real visit does. */
  warmStart?: WarmStart
  /** Default `test`; a warm start keeps its saved grid under this key. */
  portalKey?: string
  /** Default Infinity: nothing refetches unless a test says so. */
  staleTime?: number
  /** The portal's clock (default the system's); the app's pauses read the same one. */
  clock?: PortalClock & PauseClock
  /** The portal's language (a Bitrix24 code) and its catalogue; default English. */
  lang?: { code: string; catalogue: Catalogue }
}

export const TEST_USER = { id: '1', name: 'Test', lastName: 'Admin' }

/** The whole app against a fresh in-process portal, as a line administrator sees it. */
export function renderApp(options: RenderOptions = {}) {
  // Component tests exercise contracts, not throttling: the limit has its own tests.
  const limits = options.limits ?? { burst: 100_000, drainPerSecond: 1_000 }
  const portal = createPortal({
    storage: createMemoryStorage(),
    domain: 'localhost:3000',
    ...(options.clock && { clock: options.clock }),
    limits,
  })
  portal.reset(options.scenario ?? { scenario: 'demo' })
  options.prepare?.(portal)
  resetUiStores()
  // The app's own layers over the transport, as connect.ts builds them.
  const pauses = createMethodPauses(options.clock)
  const client = withMethodPauses(
    withAuthRetry(
      withRequestGate(
        withInputFirst(
          createInProcessClient(portal, (method, time) => pauses.answered(method, time)),
          whenInputReleased,
        ),
        { burst: limits.burst, perSecond: limits.drainPerSecond },
      ),
    ),
    pauses,
  )
  const frame = createTestFrame(options.lang ? { lang: options.lang.code } : {})
  const i18n = createI18n(frame.lang, options.lang?.catalogue)
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: options.staleTime ?? Infinity },
      mutations: { retry: false },
    },
  })
  const user = userEvent.setup()
  const view = render(
    <App
      connection={{ client, frame, portalKey: options.portalKey ?? 'test', user: TEST_USER }}
      queryClient={queryClient}
      warmStart={options.warmStart}
      i18n={i18n}
    />,
  )
  return { ...view, user, portal, client, frame, queryClient }
}
