import { onlineManager, useMutationState } from '@tanstack/react-query'
import { usePortal } from '../../../app/portal-context'
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useRestoredAt } from '../../../app/restored-at'
import { useFormats } from '../../../i18n/use-formats'
import { switchboardKeys } from '../api/query-keys'
import type { MatrixSummary } from '../api/use-matrix-summary'
import { ActivityButton } from './activity-button'

/** How much of the grid the search and filters leave; undefined when nothing is filtered. */
export interface Shown {
  lines: number
  connectors: number
  totalConnectors: number
}

interface ToolbarProps {
  summary: MatrixSummary
  shown: Shown | undefined
  refreshing: boolean
  onRefresh: () => void
}

export function Toolbar({ summary, shown, refreshing, onRefresh }: ToolbarProps) {
  const { totalRows, loadedCells, totalCells, on, problems, oldestReadAt } = summary
  const loading = loadedCells < totalCells
  // Saved from the last visit and shown at once, while the portal is read again.
  const restoredAt = useRestoredAt()
  const { t } = useTranslation()
  const { number, time, day } = useFormats()
  return (
    <div className="toolbar">
      {restoredAt !== undefined && (
        <p className="toolbar__restored" role="note">
          {t('toolbar.restored', { date: day(restoredAt) })}
        </p>
      )}
      <OfflineNote />
      <p className="toolbar__counts">
        {/* Connections on and problems stay portal-wide: a filter must not hide that
            something somewhere needs attention. */}
        {shown ? (
          <span className="toolbar__filtered">
            {t('filters.shownLines', {
              count: totalRows,
              shown: number(shown.lines),
              n: number(totalRows),
            })}
            {shown.connectors < shown.totalConnectors &&
              `, ${t('filters.shownConnectors', {
                count: shown.totalConnectors,
                shown: number(shown.connectors),
                n: number(shown.totalConnectors),
              })}`}
          </span>
        ) : (
          <span>{t('toolbar.lines', { count: totalRows, n: number(totalRows) })}</span>
        )}
        <span>{t('toolbar.on', { count: on, n: number(on) })}</span>
        <span className={problems > 0 ? 'toolbar__problems' : undefined}>
          {t('toolbar.problems', { count: problems, n: number(problems) })}
        </span>
      </p>
      {loading ? (
        <div className="toolbar__progress">
          <progress
            max={totalCells}
            value={loadedCells}
            aria-label={t('toolbar.progressLabel')}
            aria-valuetext={t('toolbar.progressValue', {
              loaded: number(loadedCells),
              total: number(totalCells),
            })}
          />
          <span aria-hidden="true">
            {t('toolbar.loaded', { loaded: number(loadedCells), total: number(totalCells) })}
          </span>
        </div>
      ) : (
        oldestReadAt > 0 && (
          <span className="toolbar__updated">
            {t('toolbar.updated', { time: time(oldestReadAt) })}
          </span>
        )
      )}
      <button
        type="button"
        className="button"
        onClick={onRefresh}
        aria-busy={refreshing ? true : undefined}
        disabled={refreshing}
      >
        {refreshing ? t('toolbar.refreshing') : t('toolbar.refresh')}
      </button>
      <ActivityButton />
    </div>
  )
}

/**
 * Offline, react-query holds switches (networkMode 'online') and sends them when the
 * connection is back; the cells keep the user's intent, busy. This says why they wait.
 * Online, nothing is counted: a click queued behind an earlier one on the same cell is also
 * "paused", and every click must not pay for a scan of all switches.
 */
function OfflineNote() {
  const online = useSyncExternalStore(subscribeToOnline, () => onlineManager.isOnline())
  return online ? null : <WaitingSwitches />
}

function subscribeToOnline(listener: () => void) {
  return onlineManager.subscribe(listener)
}

function WaitingSwitches() {
  const { portalKey } = usePortal()
  const { t } = useTranslation()
  const { number } = useFormats()
  const waiting = useMutationState({
    filters: {
      mutationKey: switchboardKeys.switches(portalKey),
      status: 'pending',
      predicate: (mutation) => mutation.state.isPaused,
    },
    select: (mutation) => mutation.options.scope?.id,
  })
  const cells = new Set(waiting).size
  if (cells === 0) return null
  return (
    <p className="toolbar__offline" role="note" aria-label={t('toolbar.offlineLabel')}>
      {t('toolbar.offline', {
        count: cells,
        n: number(cells),
      })}
    </p>
  )
}
