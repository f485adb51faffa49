import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { usePortal } from '../../../app/portal-context'
import { cellKey, isOn } from '../model'
import { activityActions, type ActivityItem } from '../stores/activity-log'
import { bulkRunActions } from '../stores/bulk-run'
import { createActivationBatcher, NOT_SENT, type ActivationBatcher } from './activation-batcher'
import type { Row } from './row-loader'
import { switchboardKeys } from './query-keys'
import { useSwitchCell, type SwitchOutcome, type SwitchTarget } from './switch-cell'

/** The part of a bulk change that one cell is. */
export type BulkCell = SwitchTarget

export interface BulkPlan {
  /** Cells to send: not known to be in the wanted state already. */
  send: BulkCell[]
  /** Cells already in the wanted state. */
  skipped: BulkCell[]
}

/**
 * Splits a selection into what must be sent and what is already as wanted, by what the
 * grid shows. A cell still loading or unreadable is sent: on twice is on, off twice is off.
 */
export function planBulk(
  cells: readonly BulkCell[],
  on: boolean,
  rowOf: (lineId: string) => Row | undefined,
): BulkPlan {
  const plan: BulkPlan = { send: [], skipped: [] }
  for (const cell of cells) {
    const state = rowOf(cell.lineId)?.[cell.connectorId]
    const known = state && state.status !== 'unknown'
    if (known && isOn(state.status) === on) plan.skipped.push(cell)
    else plan.send.push(cell)
  }
  return plan
}

let nextRunId = 1

/**
 * Bulk changes: every cell is its own switch (optimistic state, undo on failure, re-read
 * after the last one), sent through one batcher that packs them 50 a request. Returns
 * `plan` (what a change would do), `run` and `cancel`.
 */
export function useBulkSwitch() {
  const { client, portalKey, user } = usePortal()
  const queryClient = useQueryClient()
  const switchCell = useSwitchCell()
  const current = useRef<{ id: number; batcher: ActivationBatcher } | undefined>(undefined)

  const plan = useCallback(
    (cells: readonly BulkCell[], on: boolean) =>
      planBulk(cells, on, (lineId) =>
        queryClient.getQueryData<Row>(switchboardKeys.row(portalKey, lineId)),
      ),
    [portalKey, queryClient],
  )

  const run = useCallback(
    (cells: readonly BulkCell[], on: boolean): Promise<SwitchOutcome[]> => {
      const { send, skipped } = plan(cells, on)
      const id = nextRunId++
      const batcher = createActivationBatcher(client)
      current.current = { id, batcher }
      const actions = bulkRunActions()
      const remainingPerLine = new Map<string, number>()
      for (const cell of send)
        remainingPerLine.set(cell.lineId, (remainingPerLine.get(cell.lineId) ?? 0) + 1)
      actions.started({
        id,
        on,
        total: send.length,
        lines: remainingPerLine.size,
        skipped: skipped.length,
      })
      const settledLine = (lineId: string) => {
        const left = (remainingPerLine.get(lineId) ?? 1) - 1
        remainingPerLine.set(lineId, left)
        return left === 0
      }
      // The whole change is one entry in the activity log, its cells the entry's items.
      const at = Date.now()
      const items: ActivityItem[] = skipped.map(
        ({ lineId, lineName, connectorId, connectorName }) => ({
          lineId,
          lineName,
          connectorId,
          connectorName,
          result: 'skipped',
        }),
      )
      const report = (item: ActivityItem) => items.push(item)
      const outcomes = send.map((cell) =>
        switchCell(cell, on, { send: batcher.send, quiet: true, report }).then((outcome) => {
          const lineSettled = settledLine(cell.lineId)
          if (outcome.ok) actions.cellDone(id, lineSettled)
          else if (outcome.error.code === NOT_SENT) actions.cellNotSent(id, lineSettled)
          else
            actions.cellFailed(
              id,
              {
                key: cellKey(cell.lineId, cell.connectorId),
                lineId: cell.lineId,
                connectorId: cell.connectorId,
                label: cell.label,
                code: outcome.error.code,
                message: outcome.error.message,
              },
              lineSettled,
            )
          return outcome
        }),
      )
      return Promise.all(outcomes).finally(() => {
        if (items.length > 0)
          activityActions().recorded({
            id: `${at}-bulk-${id}`,
            at,
            user,
            action: on ? 'on' : 'off',
            items,
          })
        actions.finished(id)
        if (current.current?.id === id) current.current = undefined
      })
    },
    [client, plan, switchCell, user],
  )

  const cancel = useCallback(() => {
    const running = current.current
    if (!running) return
    bulkRunActions().cancelRequested(running.id)
    running.batcher.cancel()
  }, [])

  return { plan, run, cancel }
}
