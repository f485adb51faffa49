import type { Matrix } from '../api/load-matrix'

function summarise(matrix: Matrix) {
  let on = 0
  let problems = 0
  for (const row of Object.values(matrix.rows)) {
    for (const cell of Object.values(row)) {
      if (cell.status !== 'off' && cell.status !== 'unknown') on += 1
      if (cell.status === 'error' || cell.status === 'unconfigured') problems += 1
    }
  }
  return { on, problems }
}

interface ToolbarProps {
  matrix: Matrix
  refreshing: boolean
  updatedAt: number
  onRefresh: () => void
}

export function Toolbar({ matrix, refreshing, updatedAt, onRefresh }: ToolbarProps) {
  const { on, problems } = summarise(matrix)
  return (
    <div className="toolbar">
      <p className="toolbar__counts">
        <span>{matrix.lines.length} Open Channels</span>
        <span>{on} connections on</span>
        <span className={problems > 0 ? 'toolbar__problems' : undefined}>
          {problems === 1 ? '1 needs attention' : `${problems} need attention`}
        </span>
      </p>
      <span className="toolbar__updated">
        Updated{' '}
        {new Date(updatedAt).toLocaleTimeString(undefined, {
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        })}
      </span>
      <button
        type="button"
        className="button"
        onClick={onRefresh}
        aria-busy={refreshing ? true : undefined}
        disabled={refreshing}
      >
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </button>
    </div>
  )
}
