import { memo, useId, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../../components/modal-dialog'
import { useFormats } from '../../../i18n/use-formats'
import { usePassed } from '../hooks/use-passed'
import { UNDO_WINDOW_MS, useUndo } from '../hooks/use-undo'
import type { ActivityEntry, ActivityItem } from '../stores/activity-log'
import { NOT_SENT } from '../api/activation-batcher'

interface ActivityEntryProps {
  entry: ActivityEntry
  /** "5 minutes ago" or the date and time, in the app's language. */
  when: string
  /** A later entry undid this one. */
  undone: boolean
}

/** One change of the log: a single switch, or a bulk change that expands to its items. */
export const ActivityEntryView = memo(function ActivityEntryView({
  entry,
  when,
  undone,
}: ActivityEntryProps) {
  const { t } = useTranslation()
  const { number } = useFormats()
  const undoOpen = !usePassed(entry.at + UNDO_WINDOW_MS)
  const undo = useUndo()
  const [undoing, setUndoing] = useState(false)
  const [confirmingUndo, setConfirmingUndo] = useState(false)
  const keepRef = useRef<HTMLButtonElement>(null)
  const undoStatusRef = useRef<HTMLSpanElement>(null)
  const [expanded, setExpanded] = useState(false)
  const itemsId = useId()

  // The confirmed dialog and the Undo button that opened it leave in one commit; the focus
  // goes to the words that replace the button rather than to the page's body.
  useLayoutEffect(() => {
    if (undoing) undoStatusRef.current?.focus()
  }, [undoing])

  const { items } = entry
  const arrow = entry.action === 'on' ? t('activity.turnedOn') : t('activity.turnedOff')
  const who =
    [entry.user.name, entry.user.lastName].filter(Boolean).join(' ') ||
    t('activity.someone', { id: entry.user.id })
  const label = (item: ActivityItem) =>
    t('cell.label', { connector: item.connectorName, line: item.lineName })
  const single = items.length === 1 ? items[0] : undefined
  const what = single ? label(single) : summary(items)
  // What an undo turns off: the cells this entry did turn on, not those it skipped or failed.
  const turnedOn = items.filter((item) => item.result === 'done')
  const undoable = entry.action === 'on' && turnedOn.length > 0
  const [onlyTurnedOn] = turnedOn
  const undoWhat = turnedOn.length === 1 && onlyTurnedOn ? label(onlyTurnedOn) : summary(turnedOn)
  // Kept past the minute while the question is open or the undo runs: the focus is there,
  // and the outcome still to be read.
  const undoLineShown = undoable && (undoOpen || confirmingUndo || undoing)

  // Worded for one channel or several; these sentences show no number for plural rules to
  // follow (Russian files 21 under "one").
  const several = turnedOn.length > 1

  // Kept on after the minute, the question's Undo button goes with it: the focus goes to
  // the entry, not to the page's body.
  const entryRef = useRef<HTMLLIElement>(null)
  const focusEntry = useRef(false)
  useLayoutEffect(() => {
    if (!focusEntry.current) return
    focusEntry.current = false
    entryRef.current?.focus()
  })
  function keepOn() {
    focusEntry.current = !undoOpen
    setConfirmingUndo(false)
  }

  function summary(all: ActivityItem[]) {
    const n = number(all.length)
    const [first] = all
    if (first && all.every((item) => item.connectorId === first.connectorId))
      return t('activity.connectorOnLines', {
        count: all.length,
        n,
        connector: first.connectorName,
      })
    if (first && all.every((item) => item.lineId === first.lineId))
      return t('activity.connectorsOnLine', { count: all.length, n, line: first.lineName })
    return t('activity.switches', { count: all.length, n })
  }

  function counts() {
    const count = (result: ActivityItem['result']) =>
      number(items.filter((item) => item.result === result).length)
    return t('activity.counts', {
      done: count('done'),
      failed: count('failed'),
      skipped: count('skipped'),
    })
  }

  return (
    <li ref={entryRef} tabIndex={-1} className="activity__entry">
      <p className="activity__meta">
        <time dateTime={new Date(entry.at).toISOString()}>{when}</time> · {who}
      </p>
      {single ? (
        <p className="activity__what">
          {what} <span className="activity__arrow">{arrow}</span> <Result item={single} />
        </p>
      ) : (
        <>
          <button
            type="button"
            className="link-button activity__what"
            aria-expanded={expanded}
            aria-controls={expanded ? itemsId : undefined}
            onClick={() => setExpanded(!expanded)}
          >
            {what} {arrow}: {counts()}
          </button>
          {expanded && (
            <ul id={itemsId} className="activity__items">
              {items.map((item) => (
                <li key={`${item.lineId}|${item.connectorId}`}>
                  {label(item)} <Result item={item} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {undoLineShown && (
        <p className="activity__undo">
          {undone || undoing ? (
            <span ref={undoStatusRef} tabIndex={-1} role="status">
              {undone ? t('activity.undone') : t('activity.undoing')}
            </span>
          ) : (
            <button
              type="button"
              className="button"
              aria-label={t('activity.undoLabel', { what })}
              onClick={() => setConfirmingUndo(true)}
            >
              {t('activity.undo')}
            </button>
          )}
        </p>
      )}
      {confirmingUndo && (
        <ModalDialog
          title={t('activity.undoTitle', { what: undoWhat })}
          onDismiss={keepOn}
          initialFocusRef={keepRef}
        >
          <p>{t(several ? 'activity.undoTextSeveral' : 'activity.undoText')}</p>
          <div className="modal__actions">
            <button ref={keepRef} type="button" className="button" onClick={keepOn}>
              {t(several ? 'activity.undoKeepSeveral' : 'activity.undoKeep')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setConfirmingUndo(false)
                setUndoing(true)
                undo(entry)
              }}
            >
              {/* The words of every other switch off's question, from the main catalogue. */}
              {t('confirmOff.confirm')}
            </button>
          </div>
        </ModalDialog>
      )}
      {undoOpen && entry.action === 'off' && (
        <p className="activity__undo">{t('activity.noUndo')}</p>
      )}
    </li>
  )
})

function Result({ item }: { item: ActivityItem }) {
  const { t } = useTranslation()
  if (item.result === 'done') return <span className="activity__done">{t('activity.done')}</span>
  if (item.result === 'skipped')
    return <span>{t(item.code === NOT_SENT ? 'activity.notSent' : 'activity.skipped')}</span>
  return (
    <span className="activity__failed">
      {t('activity.failed', { message: item.message ?? '' })}
      {item.code && <span className="cell__code"> ({item.code})</span>}
    </span>
  )
}
