import type { CellStatus } from '../model'

const LABELS: Record<CellStatus | 'unknown', string> = {
  off: 'Off',
  working: 'Working',
  unconfigured: 'Setup incomplete',
  error: 'Error',
  unknown: 'Unknown',
}

// A distinct glyph per state, so the state reads without colour.
const GLYPHS: Record<CellStatus | 'unknown', string> = {
  off: '○',
  working: '✓',
  unconfigured: '◐',
  error: '!',
  unknown: '?',
}

export function statusLabel(status: CellStatus | 'unknown'): string {
  return LABELS[status]
}

export function StatusBadge({ id, status }: { id?: string; status: CellStatus | 'unknown' }) {
  return (
    <span className={`status status--${status}`}>
      <span className="status__glyph" aria-hidden="true">
        {GLYPHS[status]}
      </span>
      <span id={id}>{LABELS[status]}</span>
    </span>
  )
}
