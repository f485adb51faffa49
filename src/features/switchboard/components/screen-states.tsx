import type { PortalError } from '../../../bitrix/errors'
import type { Line } from '../model'

/** The grid's shape while the first load runs, so the page never flashes blank. */
export function GridSkeleton() {
  return (
    <div className="skeleton" aria-busy="true">
      <p role="status">Loading Open Channels and their connectors…</p>
      <div className="skeleton__grid" aria-hidden="true">
        {Array.from({ length: 6 }, (_, row) => (
          <div key={row} className="skeleton__row">
            <span className="skeleton__name" />
            {Array.from({ length: 8 }, (_, col) => (
              <span key={col} className="skeleton__cell" />
            ))}
          </div>
        ))}
      </div>
    </div>
  )
}

export function LoadError({ error, onRetry }: { error: PortalError; onRetry: () => void }) {
  return (
    <div className="page-message" role="alert">
      <h2>The Open Channels could not be loaded</h2>
      <p>{error.message}</p>
      <p className="page-message__code">Error code for support: {error.code}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}

/** A refresh failed after the grid had loaded: the grid stays, this says it may be outdated. */
export function RefreshError({ error, onRetry }: { error: PortalError; onRetry: () => void }) {
  return (
    <div className="notice refresh-error">
      <span>
        The grid could not be refreshed and shows what was read before. {error.message}{' '}
        <span className="cell__code">({error.code})</span>
      </span>{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        Refresh again
      </button>
    </div>
  )
}

export function NoLines({ onOpenContactCenter }: { onOpenContactCenter: () => void }) {
  return (
    <div className="page-message">
      <h2>No Open Channels yet</h2>
      <p>
        You don’t have any Open Channel whose communications can be configured. Create one in the
        Contact Center (Open Channels → Create), then come back here to connect its channels.
      </p>
      <button type="button" className="button button--primary" onClick={onOpenContactCenter}>
        Open the Contact Center
      </button>
    </div>
  )
}

export function ReadOnlyLines({ lines }: { lines: Line[] }) {
  return (
    <div className="read-only">
      <p className="notice" role="note">
        You can see the Open Channels but not switch their connectors: your account lacks the
        “Connect communication channels” permission. Ask your portal administrator to grant it.
      </p>
      <ul className="read-only__lines" aria-label="Open Channels">
        {lines.map((line) => (
          <li key={line.id}>
            <span>{line.name}</span>
            {!line.active && <span className="badge badge--muted">Inactive</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
