import { memo, useRef, useState } from 'react'
import './bulk-bar.css'
import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../../components/modal-dialog'
import { errorMessage } from '../../../i18n/error-message'
import { useFormats } from '../../../i18n/use-formats'
import { useLineName } from '../hooks/use-line-name'
import { useBulkSwitch, type BulkCell } from '../api/use-bulk-switch'
import type { CellAddress } from '../api/load-matrix'
import type { Structure } from '../api/load-structure'
import type { Connector, Line } from '../model'
import { bulkRunActions, useBulkRun, type BulkRun } from '../stores/bulk-run'
import { selectedCells, selectionActions, useSelectedCount } from '../stores/selection'

/**
 * The bulk change: what is selected and the two actions on it, then the progress (with a
 * cancel), then the summary with what failed and why, and "retry failed". The grid stays
 * usable throughout: each cell of the change is its own switch.
 */
export const BulkBar = memo(function BulkBar({ structure }: { structure: Structure }) {
  const count = useSelectedCount()
  const run = useBulkRun()
  const bulk = useBulkSwitch()
  const { t } = useTranslation()
  const lineName = useLineName()
  const { number } = useFormats()
  const [confirming, setConfirming] = useState<{ cells: BulkCell[] } | undefined>()
  const running = run?.status === 'running'

  const targets = (addresses: readonly CellAddress[]) =>
    toTargets(
      structure,
      addresses,
      (connector, line) => t('cell.label', { connector: connector.name, line: lineName(line) }),
      lineName,
    )

  function start(cells: BulkCell[], on: boolean) {
    selectionActions().cleared()
    void bulk.run(cells, on)
  }

  function retryFailed(finished: BulkRun) {
    void bulk.run(targets(finished.failed), finished.on)
  }

  return (
    <section className="bulk" aria-label={t('bulk.region')}>
      {count > 0 && (
        <div className="bulk__selection">
          <p>{t('bulk.selected', { count, n: number(count) })}</p>
          <button
            type="button"
            className="button"
            disabled={running}
            onClick={() => start(targets(selectedCells()), true)}
          >
            {t('bulk.turnOn')}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={running}
            onClick={() => setConfirming({ cells: targets(selectedCells()) })}
          >
            {t('bulk.turnOff')}
          </button>
          <button type="button" className="link-button" onClick={selectionActions().cleared}>
            {t('bulk.clear')}
          </button>
        </div>
      )}
      {count === 0 && !run && <p className="bulk__hint">{t('bulk.hint')}</p>}
      {run && <RunStatus run={run} onCancel={bulk.cancel} onRetry={retryFailed} />}
      {confirming && (
        <ConfirmBulkOff
          plan={bulk.plan(confirming.cells, false)}
          onConfirm={() => {
            setConfirming(undefined)
            start(confirming.cells, false)
          }}
          onDismiss={() => setConfirming(undefined)}
        />
      )}
    </section>
  )
})

function RunStatus({
  run: shown,
  onCancel,
  onRetry,
}: {
  run: BulkRun
  onCancel: () => void
  onRetry: (run: BulkRun) => void
}) {
  const { t, i18n } = useTranslation()
  const { number } = useFormats()
  const settled = shown.done + shown.failed.length + shown.notSent
  if (shown.status === 'running') {
    return (
      <div className="bulk__progress">
        <progress
          max={Math.max(1, shown.total)}
          value={settled}
          aria-label={t('bulk.progressLabel')}
          aria-valuetext={t('bulk.progress', {
            done: number(shown.linesSettled),
            total: number(shown.lines),
          })}
        />
        <span aria-hidden="true">
          {t('bulk.progress', {
            done: number(shown.linesSettled),
            total: number(shown.lines),
          })}
        </span>
        {shown.cancelRequested ? (
          <span>{t('bulk.cancelling')}</span>
        ) : (
          <button type="button" className="button" onClick={onCancel}>
            {t('bulk.cancel')}
          </button>
        )}
      </div>
    )
  }
  const values = {
    done: number(shown.done),
    total: number(shown.total),
    notSent: number(shown.notSent),
  }
  const headline =
    shown.status === 'cancelled'
      ? t(shown.on ? 'bulk.cancelledOn' : 'bulk.cancelledOff', values)
      : t(shown.on ? 'bulk.finishedOn' : 'bulk.finishedOff', values)
  return (
    <div className="bulk__summary">
      <p role="status">
        {headline} {shown.skipped > 0 && t('bulk.skipped', { n: number(shown.skipped) })}{' '}
        {shown.failed.length > 0 && t('bulk.failed', { n: number(shown.failed.length) })}
      </p>
      {shown.failed.length > 0 && (
        <ul className="bulk__failed" aria-label={t('bulk.failedListLabel')}>
          {shown.failed.map((failure) => (
            <li key={failure.key}>
              {failure.label}: {errorMessage(i18n, failure)}{' '}
              <span className="cell__code">({failure.code})</span>
            </li>
          ))}
        </ul>
      )}
      <div className="bulk__actions">
        {shown.failed.length > 0 && (
          <button type="button" className="button" onClick={() => onRetry(shown)}>
            {t('bulk.retryFailed')}
          </button>
        )}
        <button type="button" className="link-button" onClick={bulkRunActions().dismissed}>
          {t('bulk.dismiss')}
        </button>
      </div>
    </div>
  )
}

/** Cells as switch targets, named as the grid names them; cells gone since are left out. */
function toTargets(
  structure: Structure,
  addresses: readonly CellAddress[],
  label: (connector: Connector, line: Line) => string,
  lineName: (line: Line) => string,
): BulkCell[] {
  const lines = new Map(structure.lines.map((line) => [line.id, line]))
  const connectors = new Map(structure.connectors.map((c) => [c.id, c]))
  return addresses.flatMap((address) => {
    const line = lines.get(address.lineId)
    const connector = connectors.get(address.connectorId)
    if (!line || !connector) return []
    return [
      {
        ...address,
        builtin: connector.builtin,
        label: label(connector, line),
        lineName: lineName(line),
        connectorName: connector.name,
      },
    ]
  })
}

/** Asks once before many connectors are turned off, saying how many lines lose settings. */
function ConfirmBulkOff({
  plan,
  onConfirm,
  onDismiss,
}: {
  plan: ReturnType<ReturnType<typeof useBulkSwitch>['plan']>
  onConfirm: () => void
  onDismiss: () => void
}) {
  const { t } = useTranslation()
  const keepRef = useRef<HTMLButtonElement>(null)
  const { number } = useFormats()
  const lines = new Set(plan.send.map((cell) => cell.lineId)).size
  return (
    <ModalDialog
      title={t('bulk.confirmTitle', {
        connections: t('bulk.connections', {
          count: plan.send.length,
          n: number(plan.send.length),
        }),
      })}
      onDismiss={onDismiss}
      initialFocusRef={keepRef}
    >
      <p>{t('bulk.confirmText', { count: lines, n: number(lines) })}</p>
      {plan.skipped.length > 0 && (
        <p>{t('bulk.confirmSkipped', { n: number(plan.skipped.length) })}</p>
      )}
      <div className="modal__actions">
        <button ref={keepRef} type="button" className="button" onClick={onDismiss}>
          {t('bulk.keep')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('bulk.confirm')}
        </button>
      </div>
    </ModalDialog>
  )
}
