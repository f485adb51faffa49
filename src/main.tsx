import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App, loadInstaller } from './app/app'
import { OutsidePortal } from './app/outside-portal'
import { createWarmStart } from './app/persistence'
import { createQueryClient, notifyObserversInTheSameTask } from './app/query-client'
import { connectToPortal } from './bitrix/connect'
import { whenInputReleased } from './app/input-hold'
import { readFirstScreenEarly } from './features/switchboard/api/first-screen'
import { loadBoardBars } from './features/switchboard/components/board-bars'
import { isInsidePortal } from './bitrix/frame'
import { readLaunchHints } from './bitrix/launch-hints'
import type { i18n as I18n } from 'i18next'
import { loadI18n, localeOf } from './i18n'
import { prepareFormats } from './i18n/formats'
import './styles.css'

notifyObserversInTheSameTask()
const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root')
const root = createRoot(container)
const hints = readLaunchHints(location.search)
// Without the portal's word the stylesheet follows the browser's prefers-color-scheme.
if (hints.theme) document.documentElement.dataset.theme = hints.theme

/** The page's language and title follow the app's, for screen readers and the tab. */
function speak(i18n: I18n) {
  document.documentElement.lang = localeOf(i18n)
  document.title = i18n.t('app.title')
}

/** Outside a portal there is no portal language: the browser's is the best guess. */
async function renderOutside(reason?: string) {
  const i18n = await loadI18n(navigator.language)
  speak(i18n)
  root.render(
    <I18nextProvider i18n={i18n}>
      <OutsidePortal reason={reason} />
    </I18nextProvider>,
  )
}

async function boot() {
  if (!isInsidePortal()) {
    await renderOutside()
    return
  }
  let firstScreen: ReturnType<typeof readFirstScreenEarly> | undefined
  let i18nLoading: ReturnType<typeof loadI18n> | undefined
  const connecting = connectToPortal({
    afterInput: whenInputReleased,
    onBridgeOpen(client, frame) {
      // The installer reads nothing (its code is fetched meanwhile); the switchboard needs
      // its lines and language first.
      if (frame.isInstallMode) void loadInstaller()
      else {
        firstScreen = readFirstScreenEarly(client)
        void loadBoardBars()
      }
      i18nLoading = loadI18n(frame.lang)
      // The first screen's reads are on their way: their wait is the time to load the
      // browser's locale data, which the first number on screen would otherwise wait for.
      void i18nLoading.then((i18n) => setTimeout(prepareFormats, 0, localeOf(i18n)))
    },
  })
  // Handled below; the wait for the boot sentence's language must not make it "unhandled".
  connecting.catch(() => undefined)
  // The SDK gives the portal's language only once connected; until then the address's LANG
  // (Bitrix24 puts it there), else the browser's, says how the wait is announced.
  const early = await loadI18n(hints.lang ?? navigator.language)
  speak(early)
  root.render(<p className="boot">{early.t('app.connecting')}</p>)
  let connection
  try {
    connection = await connecting
  } catch (error) {
    await renderOutside(error instanceof Error ? error.message : String(error))
    return
  }
  const i18n = await (i18nLoading ?? loadI18n(connection.frame.lang))
  speak(i18n)
  const queryClient = createQueryClient()
  firstScreen?.(queryClient, connection.portalKey)
  root.render(
    <StrictMode>
      <App
        connection={connection}
        queryClient={queryClient}
        warmStart={createWarmStart(connection)}
        i18n={i18n}
      />
    </StrictMode>,
  )
}

void boot()
