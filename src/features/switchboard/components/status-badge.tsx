import type { TFunction } from 'i18next'
import { memo } from 'react'
import { useFixedT } from '../../../i18n/use-fixed-t'
import type { CellStatus } from '../model'

export type ShownStatus = CellStatus | 'unknown' | 'loading'

// A distinct glyph per state, so the state reads without colour.
const GLYPHS: Record<ShownStatus, string> = {
  off: '○',
  working: '✓',
  unconfigured: '◐',
  error: '!',
  unknown: '?',
  loading: '…',
}

// One order for the faces whichever is shown, so a flip keeps both faces' nodes in place.
const ORDER: readonly ShownStatus[] = [
  'working',
  'unconfigured',
  'error',
  'off',
  'unknown',
  'loading',
]

const labelsByT = new WeakMap<TFunction, Map<ShownStatus, string>>()

/**
 * The words of a state, translated once per language: a screenful of cells shows them
 * hundreds of times, twice per cell as its state arrives, and i18next's lookup and
 * interpolation cost more than the rest of the badge.
 */
function labelOf(t: TFunction, status: ShownStatus): string {
  let labels = labelsByT.get(t)
  if (!labels) {
    labels = new Map()
    labelsByT.set(t, labels)
  }
  let label = labels.get(status)
  if (label === undefined) {
    label = t(`status.${status}`)
    labels.set(status, label)
  }
  return label
}

/**
 * Memoised: a cell re-renders on every busy change of its switch, its status less often.
 *
 * `flipsTo` is the state a click would show next. Its face is laid out beside the shown
 * one, hidden, so the badge is already as wide and tall as both: a click then changes which
 * face is visible, not the badge's words, and the browser repaints the badge without laying
 * out the page and hit-testing the pointer again before the switch's frame (decision 008).
 */
export const StatusBadge = memo(function StatusBadge({
  id,
  status,
  flipsTo,
}: {
  id?: string
  status: ShownStatus
  flipsTo?: ShownStatus
}) {
  const { t } = useFixedT()
  const faces = ORDER.filter((face) => face === status || face === flipsTo)
  return (
    <span className={`status status--${status}`}>
      {faces.map((face) => {
        const shown = face === status
        return (
          // The hidden face is out of the accessibility tree, and the id that describes the
          // switch moves to the shown face's words.
          <span key={face} className="status__face" aria-hidden={shown ? undefined : true}>
            <span className="status__glyph" aria-hidden="true">
              {GLYPHS[face]}
            </span>
            <span id={shown ? id : undefined}>{labelOf(t, face)}</span>
          </span>
        )
      })}
    </span>
  )
})
