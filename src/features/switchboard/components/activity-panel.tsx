import type { i18n as I18n } from 'i18next'
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localeOf } from '../../../i18n'
import { loadActivityStrings } from '../../../i18n/activity-strings'
import { activityCsv } from '../activity-csv'
import { activityEntries } from '../activity-entries'
import { whenFormatter } from '../activity-time'
import { useNow } from '../hooks/use-passed'
import { saveFile } from '../save-file'
import { useStoredActivity } from '../stores/activity-log'
import {
  ACTIVITY_BUTTON_ID,
  ACTIVITY_PANEL_ID,
  useActivityPanelActions,
} from '../stores/activity-panel'
import { ActivityEntryView } from './activity-entry'
import './activity-panel.css'

/** Whether the panel's words are in this i18n instance (activity-strings.ts). */
function useActivityStrings(i18n: I18n): boolean {
  const [readyFor, setReadyFor] = useState<I18n>()
  useEffect(() => {
    let current = true
    // Without them the keys would show; with English only, the panel speaks English.
    void loadActivityStrings(i18n)
      .catch(() => undefined)
      .then(() => {
        if (current) setReadyFor(i18n)
      })
    return () => {
      current = false
    }
  }, [i18n])
  return readyFor === i18n
}

/** The panel, once its words are loaded (moments after the first open, at once after). */
export function ActivityPanel() {
  const { i18n } = useTranslation()
  return useActivityStrings(i18n) ? <ActivityLogPanel /> : null
}

/**
 * The activity log beside the grid: a complementary landmark, not a modal dialog, so the
 * grid stays in reach while it is open. Focus moves in on open and back to the toolbar's
 * Activity button on close (Escape or Close).
 */
function ActivityLogPanel() {
  const { t, i18n } = useTranslation()
  const stored = useStoredActivity()
  const entries = useMemo(() => activityEntries(stored), [stored])
  const { closed } = useActivityPanelActions()
  const locale = localeOf(i18n)
  const when = useMemo(() => whenFormatter(locale), [locale])
  const now = useNow(30_000)
  const titleId = useId()
  const panelRef = useRef<HTMLElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)

  const undone = useMemo(
    () => new Set(entries.flatMap((entry) => (entry.undoes ? [entry.undoes] : []))),
    [entries],
  )

  // In the commit that shows the panel, not after the paint: a key pressed meanwhile would
  // still reach the button that opened it.
  useLayoutEffect(() => {
    titleRef.current?.focus()
  }, [])

  useEffect(() => {
    const panel = panelRef.current
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      close()
    }
    panel?.addEventListener('keydown', onKeyDown)
    return () => panel?.removeEventListener('keydown', onKeyDown)
  })

  function close() {
    closed()
    document.getElementById(ACTIVITY_BUTTON_ID)?.focus()
  }

  function exportCsv() {
    const csv = activityCsv(entries, {
      time: t('activity.csvTime'),
      user: t('activity.csvUser'),
      action: t('activity.csvAction'),
      line: t('activity.csvLine'),
      connector: t('activity.csvConnector'),
      result: t('activity.csvResult'),
      code: t('activity.csvCode'),
      message: t('activity.csvMessage'),
    })
    const day = new Date().toISOString().slice(0, 10)
    saveFile(`open-lines-activity-${day}.csv`, csv, 'text/csv;charset=utf-8')
  }

  return (
    <aside id={ACTIVITY_PANEL_ID} ref={panelRef} className="activity" aria-labelledby={titleId}>
      <div className="activity__head">
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="activity__title">
          {t('activity.title')}
        </h2>
        <button type="button" className="button" onClick={close}>
          {t('activity.close')}
        </button>
      </div>
      <p className="activity__intro">{t('activity.intro')}</p>
      <p>
        <button
          type="button"
          className="button"
          disabled={entries.length === 0}
          onClick={exportCsv}
        >
          {t('activity.export')}
        </button>
      </p>
      {entries.length === 0 ? (
        <p>{t('activity.empty')}</p>
      ) : (
        <ol className="activity__list">
          {entries.map((entry) => (
            <ActivityEntryView
              key={entry.id}
              entry={entry}
              when={when(entry.at, now)}
              undone={undone.has(entry.id)}
            />
          ))}
        </ol>
      )}
    </aside>
  )
}
