import { useTranslation } from 'react-i18next'
import type { PortalError } from '../../../bitrix/errors'
import { errorMessage } from '../../../i18n/error-message'
import { useLineName } from '../hooks/use-line-name'
import type { Line } from '../model'

/** The grid's shape while the first load runs, so the page never flashes blank. */
export function GridSkeleton() {
  const { t } = useTranslation()
  return (
    <div className="skeleton" aria-busy="true">
      <p role="status">{t('screens.loading')}</p>
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
  const { t, i18n } = useTranslation()
  return (
    <div className="page-message" role="alert">
      <h2>{t('screens.loadErrorTitle')}</h2>
      <p>{errorMessage(i18n, error)}</p>
      <p className="page-message__code">{t('common.errorCode', { code: error.code })}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('screens.tryAgain')}
      </button>
    </div>
  )
}

/** A refresh failed after the grid had loaded: the grid stays, this says it may be outdated. */
export function RefreshError({ error, onRetry }: { error: PortalError; onRetry: () => void }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="notice refresh-error">
      <span>
        {t('screens.refreshError', { message: errorMessage(i18n, error) })}{' '}
        <span className="cell__code">({error.code})</span>
      </span>{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        {t('screens.refreshAgain')}
      </button>
    </div>
  )
}

export function NoLines({ onOpenContactCenter }: { onOpenContactCenter: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="page-message">
      <h2>{t('screens.noLinesTitle')}</h2>
      <p>{t('screens.noLinesText')}</p>
      <button type="button" className="button button--primary" onClick={onOpenContactCenter}>
        {t('screens.openContactCenter')}
      </button>
    </div>
  )
}

export function ReadOnlyLines({ lines }: { lines: Line[] }) {
  const { t } = useTranslation()
  const lineName = useLineName()
  return (
    <div className="read-only">
      <p className="notice" role="note">
        {t('screens.readOnly')}
      </p>
      <ul className="read-only__lines" aria-label={t('common.openChannels')}>
        {lines.map((line) => (
          <li key={line.id}>
            <span>{lineName(line)}</span>
            {!line.active && <span className="badge badge--muted">{t('common.inactive')}</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The search and filters leave no line or no connector to show. */
export function NothingMatches({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="page-message">
      <h2>{t('filters.noMatchTitle')}</h2>
      <p>{t('filters.noMatchText')}</p>
      <button type="button" className="button button--primary" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </div>
  )
}
