import { memo, useCallback, useState, type KeyboardEvent } from 'react'
import type { Matrix, MatrixCell } from '../api/load-matrix'
import type { Connector, Line } from '../model'
import { CellSwitch } from './cell-switch'

interface Position {
  row: number
  col: number
}

interface RowProps {
  line: Line
  connectors: Connector[]
  cells: Record<string, MatrixCell> | undefined
  row: number
  /** Column of the grid's single tab stop when it is in this row, else -1. */
  activeCol: number
}

// A row re-renders only when its own cells object changes: a switch replaces one row.
const GridRow = memo(function GridRow({ line, connectors, cells, row, activeCol }: RowProps) {
  return (
    <tr>
      <th scope="row" className="grid__line">
        {/* Visually cut with an ellipsis; the title keeps the full name readable, and dir=auto
            lets a right-to-left name run its own way without flipping the row. */}
        <span className="grid__line-name" dir="auto" title={line.name}>
          {line.name}
        </span>
        {!line.active && <span className="badge badge--muted">Inactive</span>}
      </th>
      {connectors.map((connector, col) => (
        <td key={connector.id} className="grid__cell">
          <CellSwitch
            line={line}
            connector={connector}
            cell={cells?.[connector.id]}
            row={row}
            col={col}
            tabbable={col === activeCol}
          />
        </td>
      ))}
    </tr>
  )
})

/**
 * The lines × connectors grid, a WAI-ARIA data grid with one tab stop: arrow keys,
 * Home/End and Ctrl+Home/End move between switches (roving tabindex).
 */
export function SwitchboardGrid({ matrix }: { matrix: Matrix }) {
  const { lines, connectors, rows } = matrix
  const [active, setActive] = useState<Position>({ row: 0, col: 0 })
  const lastRow = lines.length - 1
  const lastCol = connectors.length - 1
  // Lines or connectors may disappear on refresh: keep the tab stop inside the grid.
  const current = { row: Math.min(active.row, lastRow), col: Math.min(active.col, lastCol) }

  const moveTo = useCallback((table: HTMLTableElement, next: Position) => {
    setActive(next)
    table.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`)?.focus()
  }, [])

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement
    if (target.getAttribute('role') !== 'switch') return
    const row = Number(target.dataset.row)
    const col = Number(target.dataset.col)
    let next: Position | undefined
    switch (event.key) {
      case 'ArrowRight':
        next = { row, col: Math.min(col + 1, lastCol) }
        break
      case 'ArrowLeft':
        next = { row, col: Math.max(col - 1, 0) }
        break
      case 'ArrowDown':
        next = { row: Math.min(row + 1, lastRow), col }
        break
      case 'ArrowUp':
        next = { row: Math.max(row - 1, 0), col }
        break
      case 'Home':
        next = event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 }
        break
      case 'End':
        next = event.ctrlKey ? { row: lastRow, col: lastCol } : { row, col: lastCol }
        break
      default:
        return
    }
    event.preventDefault()
    moveTo(event.currentTarget, next)
  }

  function onFocus(event: React.FocusEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement
    if (target.getAttribute('role') !== 'switch') return
    const row = Number(target.dataset.row)
    const col = Number(target.dataset.col)
    if (row !== active.row || col !== active.col) setActive({ row, col })
  }

  return (
    <div className="grid-scroller">
      <table
        role="grid"
        aria-label="Connectors of every Open Channel"
        aria-rowcount={lines.length + 1}
        aria-colcount={connectors.length + 1}
        className="grid"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <thead>
          <tr>
            <th scope="col" className="grid__corner">
              Open Channel
            </th>
            {connectors.map((connector) => (
              <th key={connector.id} scope="col" className="grid__connector">
                <span className="grid__connector-name" dir="auto" title={connector.name}>
                  {connector.name}
                </span>
                {!connector.builtin && <span className="badge badge--muted">REST</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line, row) => (
            <GridRow
              key={line.id}
              line={line}
              connectors={connectors}
              cells={rows[line.id]}
              row={row}
              activeCol={row === current.row ? current.col : -1}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}
