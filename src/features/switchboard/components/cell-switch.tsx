import { memo, useMemo, useState, type MouseEvent } from 'react'
import { useFixedT } from '../../../i18n/use-fixed-t'
import { errorMessage } from '../../../i18n/error-message'
import { useCellBusy, useSwitchCell } from '../api/switch-cell'
import { useLineName } from '../hooks/use-line-name'
import type { MatrixCell } from '../api/load-matrix'
import { cellKey, isOn, statusAfterSwitch, type Connector, type Line } from '../model'
import { useCellNotice, useCellNoticeActions } from '../stores/cell-notices'
import { useConfirmOffActions, useSkipOffConfirmation } from '../stores/confirm-off'
import { useIsSelected } from '../stores/selection'
import { SetupAction } from './setup-action'
import { StatusBadge } from './status-badge'

interface CellSwitchProps {
  line: Line
  connector: Connector
  /** Undefined while the row is still being read from the portal. */
  cell: MatrixCell | undefined
  row: number
  col: number
  tabbable: boolean
  /** Ctrl/⌘+click picks the cell for a bulk change, Shift+click a range up to it. */
  onPick: (row: number, col: number, mode: 'toggle' | 'range') => void
}

export const CellSwitch = memo(function CellSwitch({
  line,
  connector,
  cell,
  row,
  col,
  tabbable,
  onPick,
}: CellSwitchProps) {
  const key = cellKey(line.id, connector.id)
  const address = { lineId: line.id, connectorId: connector.id }
  const busy = useCellBusy(address)
  const selected = useIsSelected(key)
  const notice = useCellNotice(key)
  const switchCell = useSwitchCell()
  const skipConfirmation = useSkipOffConfirmation()
  const { asked } = useConfirmOffActions()
  const { dismissed } = useCellNoticeActions()
  const { t, i18n } = useFixedT()
  const lineName = useLineName()(line)

  const status = cell?.status ?? 'loading'
  // Read from the portal and understood: neither still loading nor unreadable.
  const known = status !== 'unknown' && status !== 'loading'
  const on = known && isOn(status)
  // Translated once per name, not on every busy or status change of the cell.
  const label = useMemo(
    () => t('cell.label', { connector: connector.name, line: lineName }),
    [t, connector.name, lineName],
  )
  const target = {
    ...address,
    builtin: connector.builtin,
    label,
    lineName,
    connectorName: connector.name,
  }
  const descriptionId = `cell-${row}-${col}-status`
  const noticeId = `cell-${row}-${col}-notice`
  const reasonId = `cell-${row}-${col}-reason`
  // A status the portal failed to give (an error or an answer the app could not read).
  const unreadable = cell?.status === 'unknown' ? cell.error : undefined
  const needsSetup = notice?.kind === 'needs-setup'
  // Once shown, the setup action stays in the cell, hidden while not needed (setup-action.tsx).
  const [setupKept, setSetupKept] = useState(false)
  if (needsSetup && !setupKept) setSetupKept(true)
  const describedBy = [descriptionId, unreadable && reasonId, notice && noticeId]
    .filter(Boolean)
    .join(' ')

  function request(wanted: boolean) {
    if (!wanted && !skipConfirmation) {
      asked({ ...address, lineName, connectorName: connector.name })
      return
    }
    switchCell(target, wanted)
  }

  function onClick(event: MouseEvent) {
    if (event.ctrlKey || event.metaKey) onPick(row, col, 'toggle')
    else if (event.shiftKey) onPick(row, col, 'range')
    else if (status !== 'loading') request(!on)
  }

  return (
    <td
      className={selected ? 'grid__cell grid__cell--selected' : 'grid__cell'}
      aria-colindex={col + 2}
      aria-selected={selected}
    >
      <div className="cell">
        {/* The setup action sits beside the switch, not under it: the row keeps its height,
            so the rows below do not move under the pointer and the grid is not measured and
            laid out again after the click. */}
        <div className="cell__control">
          <button
            type="button"
            role="switch"
            className="switch"
            aria-checked={on}
            aria-label={label}
            aria-describedby={describedBy}
            aria-busy={busy ? true : undefined}
            // Not `disabled`: a loading switch stays in the keyboard path of the grid.
            aria-disabled={status === 'loading' ? true : undefined}
            tabIndex={tabbable ? 0 : -1}
            data-row={row}
            data-col={col}
            data-state={status}
            // Pending switches stay clickable: a second click is a new intent, queued in order.
            onClick={onClick}
          />
          {setupKept && (
            <SetupAction
              connectorId={connector.id}
              connectorName={connector.name}
              lineId={line.id}
              lineName={lineName}
              shown={needsSetup}
              descriptionId={noticeId}
            />
          )}
        </div>
        <StatusBadge
          id={descriptionId}
          status={status}
          flipsTo={known ? statusAfterSwitch(!on) : undefined}
        />
        {unreadable && (
          <div id={reasonId} className="cell__notice cell__notice--unknown">
            <span>
              {t('cell.unreadable', { message: errorMessage(i18n, unreadable) })}{' '}
              <span className="cell__code">({unreadable.code})</span>
            </span>
          </div>
        )}
        {notice?.kind === 'failed' && (
          <div id={noticeId} className="cell__notice cell__notice--error">
            <span>
              {notice.target ? t('cell.notOn') : t('cell.notOff')}
              {notice.message} <span className="cell__code">({notice.code})</span>
            </span>
            <span className="cell__actions">
              <button
                type="button"
                className="link-button"
                aria-label={t('cell.retryLabel', { label })}
                onClick={() => switchCell(target, notice.target)}
              >
                {t('cell.retry')}
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={t('cell.dismissLabel', { label })}
                onClick={() => dismissed(key)}
              >
                {t('cell.dismiss')}
              </button>
            </span>
          </div>
        )}
      </div>
    </td>
  )
})
