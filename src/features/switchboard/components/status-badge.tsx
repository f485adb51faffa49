import type { CellStatus } from '../model'

export type ShownStatus = CellStatus | 'unknown' | 'loading'

const LABELS: Record<ShownStatus, string> = {
  off: 'Off',
  working: 'Working',
  unconfigured: 'Setup incomplete',
  error: 'Error',
  unknown: 'Unknown',
  loading: 'Loading…',
}

// A distinct glyph per state, so the state reads without colour.
const GLYPHS: Record<ShownStatus, string> = {
  off: '○',
  working: '✓',
  unconfigured: '◐',
  error: '!',
  unknown: '?',
  loading: '…',
}

export function statusLabel(status: ShownStatus): string {
  return LABELS[status]
}

export function StatusBadge({ id, status }: { id?: string; status: ShownStatus }) {
  return (
    <span className={`status status--${status}`}>
      <span className="status__glyph" aria-hidden="true">
        {GLYPHS[status]}
      </span>
      <span id={id}>{LABELS[status]}</span>
    </span>
  )
}
