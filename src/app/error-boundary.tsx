import { Component, type ErrorInfo, type ReactNode } from 'react'

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
    return (
      <div className="page-message" role="alert">
        <h2>Something went wrong in the switchboard</h2>
        <p>Nothing was changed by this error. Reload the app to continue.</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.location.reload()}
        >
          Reload
        </button>
      </div>
    )
  }
}
