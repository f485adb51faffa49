import { Component, useContext, type ErrorInfo, type ReactNode } from 'react'
import { I18nContext } from 'react-i18next'
import { englishI18n } from '../i18n'

interface State {
  failed: boolean
}

/** The last line of defence: whatever breaks, the user sees a sentence and a way out. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Only the message and stack: errors here never carry tokens, but request details might.
    console.warn('Switchboard crashed:', error.message, info.componentStack)
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return <CrashMessage />
  }
}

function CrashMessage() {
  // In the app's language when it has one; in English whatever else broke.
  const i18n = useContext(I18nContext)?.i18n ?? englishI18n()
  const t = i18n.t
  return (
    <div className="page-message" role="alert">
      <h2>{t('crash.title')}</h2>
      <p>{t('crash.text')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        {t('crash.reload')}
      </button>
    </div>
  )
}
