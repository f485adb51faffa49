import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from '../../../app/portal-context'
import { useSwitchCell } from '../api/switch-cell'
import { activityActions, type ActivityEntry, type ActivityItem } from '../stores/activity-log'

/** How long a change that turned things on may be undone. */
export const UNDO_WINDOW_MS = 60_000

/**
 * Turns the cells an entry turned on back off, and logs that as one new entry. Only "on"
 * is undone: turning an "off" back on would not bring its settings back. Turning off again
 * deletes whatever was set up in that minute (a bot token entered through "Set up"), so the
 * entry asks before it calls this.
 */
export function useUndo() {
  const switchCell = useSwitchCell()
  const { user } = usePortal()
  const { t } = useTranslation()
  return useCallback(
    (entry: ActivityEntry) => {
      const items = entry.items.filter((item) => item.result === 'done')
      const at = Date.now()
      const results: ActivityItem[] = []
      for (const item of items) {
        const { lineId, lineName, connectorId, connectorName } = item
        switchCell(
          {
            lineId,
            connectorId,
            lineName,
            connectorName,
            label: t('cell.label', { connector: connectorName, line: lineName }),
            // Only read when switching on (to point built-in channels to their setup).
            builtin: false,
          },
          false,
          {
            report: (result) => {
              results.push(result)
              if (results.length < items.length) return
              activityActions().recorded({
                id: `${at}-undo-${entry.id}`,
                at,
                user,
                action: 'off',
                items: results,
                undoes: entry.id,
              })
            },
          },
        )
      }
    },
    [switchCell, t, user],
  )
}
