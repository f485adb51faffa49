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

/** Memoised: a cell re-renders on every busy change of its switch, its status less often. */
export const StatusBadge = memo(function StatusBadge({
  id,
  status,
}: {
  id?: string
  status: ShownStatus
}) {
  const { t } = useFixedT()
  return (
    <span className={`status status--${status}`}>
      <span className="status__glyph" aria-hidden="true">
        {GLYPHS[status]}
      </span>
      <span id={id}>{t(`status.${status}`)}</span>
    </span>
  )
})
