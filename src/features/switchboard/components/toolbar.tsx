import { useMutationState } from '@tanstack/react-query'
import { usePortal } from '../../../app/portal-context'
import { useRestoredAt } from '../../../app/restored-at'
import { switchboardKeys } from '../api/query-keys'
import type { MatrixSummary } from '../api/use-matrix-summary'

interface ToolbarProps {
  summary: MatrixSummary
  refreshing: boolean
  onRefresh: () => void
}

const number = new Intl.NumberFormat('en')
const time = (at: number) =>
  new Date(at).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
const day = (at: number) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function Toolbar({ summary, refreshing, onRefresh }: ToolbarProps) {
  const { totalRows, loadedCells, totalCells, on, problems, oldestReadAt } = summary
  const loading = loadedCells < totalCells
  // Saved from the last visit and shown at once, while the portal is read again.
  const restoredAt = useRestoredAt()
  return (
    <div className="toolbar">
      {restoredAt !== undefined && (
        <p className="toolbar__restored" role="note">
          Showing what the portal held on {day(restoredAt)} while it is read again
        </p>
      )}
      <OfflineNote />
      <p className="toolbar__counts">
        <span>{number.format(totalRows)} Open Channels</span>
        <span>{number.format(on)} connections on</span>
        <span className={problems > 0 ? 'toolbar__problems' : undefined}>
          {problems === 1 ? '1 needs attention' : `${number.format(problems)} need attention`}
        </span>
      </p>
      {loading ? (
        <div className="toolbar__progress">
          <progress
            max={totalCells}
            value={loadedCells}
            aria-label="Connector states loaded"
            aria-valuetext={`${number.format(loadedCells)} of ${number.format(totalCells)}`}
          />
          <span aria-hidden="true">
            Loaded {number.format(loadedCells)} of {number.format(totalCells)}
          </span>
        </div>
      ) : (
        oldestReadAt > 0 && <span className="toolbar__updated">Updated {time(oldestReadAt)}</span>
      )}
      <button
        type="button"
        className="button"
        onClick={onRefresh}
        aria-busy={refreshing ? true : undefined}
        disabled={refreshing}
      >
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </button>
    </div>
  )
}

/**
 * Offline, react-query holds switches (networkMode 'online') and sends them when the
 * connection is back; the cells keep the user's intent, busy. This says why they wait.
 */
function OfflineNote() {
  const { portalKey } = usePortal()
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
    <p className="toolbar__offline" role="note" aria-label="Offline">
      No connection: {cells === 1 ? '1 change' : `${number.format(cells)} changes`} will be sent
      when the connection is back.
    </p>
  )
}
