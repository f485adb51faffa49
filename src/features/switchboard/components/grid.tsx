import { useQuery } from '@tanstack/react-query'
import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual'
import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react'
import { useTranslation } from 'react-i18next'
import { useFixedT } from '../../../i18n/use-fixed-t'
import type { Structure } from '../api/load-structure'
import { rowQueryOptions } from '../api/queries'
import type { CellAddress } from '../api/load-matrix'
import type { RowLoader } from '../api/row-loader'
import type { Connector, Line } from '../model'
import {
  cellsOfConnector,
  cellsOfLine,
  selectionActions,
  selectionAnchor,
  useAllSelected,
  useSelectionActions,
} from '../stores/selection'
import { useLineName } from '../hooks/use-line-name'
import { useNarrowFrame } from '../hooks/use-narrow-frame'
import {
  CELL_WIDTH,
  COLUMN_OVERSCAN,
  GRID_MAX_HEIGHT_CSS,
  gridBoxHeight,
  HEADER_HEIGHT,
  LINE_COLUMN_WIDTH,
  NARROW_LINE_COLUMN_WIDTH,
  ROW_HEIGHT,
  ROW_OVERSCAN,
} from '../grid-geometry'
import { CellSwitch } from './cell-switch'
import { ConnectorIcon } from './connector-icon'

interface Position {
  row: number
  col: number
}

interface RowProps {
  line: Line
  connectors: Connector[]
  connectorIds: readonly string[]
  columns: VirtualItem[]
  padLeft: number
  padRight: number
  row: number
  /** Column of the grid's single tab stop when it is in this row, else -1. */
  activeCol: number
  loader: RowLoader
  portalKey: string
  measure: (element: HTMLTableRowElement | null) => void
  onPick: (row: number, col: number, mode: 'toggle' | 'range') => void
}

// Each row reads its own query: a switch replaces one row's object, so only that row
// re-renders, and inside it only the cell whose object changed (cells are memoised).
const GridRow = memo(function GridRow({
  line,
  connectors,
  connectorIds,
  columns,
  padLeft,
  padRight,
  row,
  activeCol,
  loader,
  portalKey,
  measure,
  onPick,
}: RowProps) {
  const { data: cells } = useQuery(rowQueryOptions(loader, portalKey, line.id, connectorIds))
  const { t } = useFixedT()
  const lineName = useLineName()(line)
  const nameId = useId()
  const lineCells = useMemo(() => cellsOfLine(line.id, connectors), [connectors, line.id])
  // A row re-renders on every change of its states: translate its names once.
  const selectLabel = useMemo(() => t('bulk.selectLine', { line: lineName }), [t, lineName])
  return (
    <tr ref={measure} className="grid__row" data-index={row} aria-rowindex={row + 2}>
      <th
        scope="row"
        className="grid__line"
        aria-colindex={1}
        // Its name and badge, not the checkbox's label.
        aria-labelledby={line.active ? nameId : `${nameId} ${nameId}-badge`}
      >
        {/* Visually cut with an ellipsis; the title keeps the full name readable, and dir=auto
            lets a right-to-left name run its own way without flipping the row. */}
        <span id={nameId} className="grid__line-name" dir="auto" title={lineName}>
          {lineName}
        </span>
        {!line.active && (
          <span id={`${nameId}-badge`} className="badge badge--muted">
            {t('common.inactive')}
          </span>
        )}
        <GroupCheckbox cells={lineCells} label={selectLabel} />
      </th>
      {padLeft > 0 && <td aria-hidden="true" className="grid__pad" style={{ width: padLeft }} />}
      {columns.map((column) => {
        const connector = connectors[column.index]
        if (!connector) return null
        return (
          <CellSwitch
            key={connector.id}
            line={line}
            connector={connector}
            cell={cells?.[connector.id]}
            row={row}
            col={column.index}
            tabbable={column.index === activeCol}
            onPick={onPick}
          />
        )
      })}
      {padRight > 0 && <td aria-hidden="true" className="grid__pad" style={{ width: padRight }} />}
    </tr>
  )
})

/**
 * Selects every cell of a line or of a connector (on the lines shown), or clears them when
 * all are selected already.
 */
const GroupCheckbox = memo(function GroupCheckbox({
  cells,
  label,
}: {
  cells: readonly CellAddress[]
  label: string
}) {
  const all = useAllSelected(cells)
  const { groupToggled } = useSelectionActions()
  return (
    <input
      type="checkbox"
      className="grid__select"
      // The grid keeps one tab stop (WAI-ARIA grid): from the keyboard, Shift+Space selects
      // a line and Ctrl+Space a connector.
      tabIndex={-1}
      aria-label={label}
      checked={all}
      onChange={() => groupToggled(cells)}
    />
  )
})

/** A connector's header: its name and the checkbox that selects it on every line shown. */
const ConnectorHeader = memo(function ConnectorHeader({
  connector,
  lines,
  colIndex,
}: {
  connector: Connector
  lines: Line[]
  colIndex: number
}) {
  const { t } = useFixedT()
  const nameId = useId()
  const cells = useMemo(() => cellsOfConnector(connector.id, lines), [connector.id, lines])
  return (
    // Named by the connector's name and badge, not by the checkbox's label.
    <th
      scope="col"
      className="grid__connector"
      aria-colindex={colIndex}
      aria-labelledby={connector.builtin ? nameId : `${nameId} ${nameId}-badge`}
    >
      <ConnectorIcon id={connector.id} />
      <span id={nameId} className="grid__connector-name" dir="auto" title={connector.name}>
        {connector.name}
      </span>
      {!connector.builtin && (
        <span id={`${nameId}-badge`} className="badge badge--muted">
          REST
        </span>
      )}
      <GroupCheckbox
        cells={cells}
        label={t('bulk.selectConnector', { connector: connector.name })}
      />
    </th>
  )
})

function initialRect() {
  return { width: window.innerWidth, height: gridBoxHeight(window.innerHeight) }
}

function padding(virtualizer: Virtualizer<HTMLDivElement, Element>, items: VirtualItem[]) {
  const first = items[0]
  const last = items[items.length - 1]
  const margin = virtualizer.options.scrollMargin
  return {
    before: first ? first.start - margin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - margin) : 0,
  }
}

interface GridProps {
  structure: Structure
  loader: RowLoader
  portalKey: string
  /**
   * Draw the rows and columns beyond the screen too. The board says so once the rows on
   * screen are read and every other row is queued, so their reads are packed with the rest.
   */
  beyondScreen: boolean
}

/**
 * The lines × connectors grid, a WAI-ARIA data grid with one tab stop: arrow keys,
 * Page Up/Down, Home/End and Ctrl+Home/End move between switches (roving tabindex).
 * Rows and columns are virtualised, so the DOM stays small at any size; moving to a row
 * that is not mounted scrolls it in first, then focuses it.
 */
// Memoised: the board re-renders when its totals move (150 ms after rows change, often as
// the next click arrives), and the grid has nothing new to draw then: its rows read their
// own queries.
export const SwitchboardGrid = memo(function SwitchboardGrid({
  structure,
  loader,
  portalKey,
  beyondScreen,
}: GridProps) {
  const { lines, connectors } = structure
  const { t } = useTranslation()
  const scrollerRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState<Position>({ row: 0, col: 0 })
  const pendingFocus = useRef<Position | null>(null)
  const connectorIds = useConnectorIds(connectors)
  const lineColumnWidth = useNarrowFrame() ? NARROW_LINE_COLUMN_WIDTH : LINE_COLUMN_WIDTH
  const lastRow = lines.length - 1
  const lastCol = connectors.length - 1
  // Lines or connectors may disappear on refresh: keep the tab stop inside the grid.
  const current = { row: Math.min(active.row, lastRow), col: Math.min(active.col, lastCol) }

  // Stable keys: the virtualisers measure again whenever getItemKey changes, and new
  // measurements mean new virtual items, so a new function per render redrew every row (a
  // click's focus, a row grown by a notice) instead of none.
  const rowKey = useCallback((index: number) => lines[index]?.id ?? index, [lines])
  const columnKey = useCallback((index: number) => connectors[index]?.id ?? index, [connectors])
  // The first screen draws only what fits the window. The four rows and two columns beyond
  // it added to the first render and its layout, the load's longest task, while the user
  // still waited for every state and the first answers waited for the main thread. They
  // are drawn once the rows on screen are read, before anyone can scroll to them.
  const rows = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: beyondScreen ? ROW_OVERSCAN : 0,
    // Until the scroller is measured (a frame later), the window's size stands in for it, so
    // the first render already mounts every row on screen and they ask for their states then.
    initialRect: initialRect(),
    scrollMargin: HEADER_HEIGHT,
    getItemKey: rowKey,
    // React 19 batches the scroll updates itself; flushSync inside them only costs frames.
    useFlushSync: false,
  })
  const columns = useVirtualizer({
    horizontal: true,
    count: connectors.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => CELL_WIDTH,
    overscan: beyondScreen ? COLUMN_OVERSCAN : 0,
    initialRect: initialRect(),
    scrollMargin: lineColumnWidth,
    getItemKey: columnKey,
    useFlushSync: false,
  })
  const virtualRows = rows.getVirtualItems()
  const virtualColumns = columns.getVirtualItems()
  const vertical = padding(rows, virtualRows)
  const horizontal = padding(columns, virtualColumns)

  // The loader reads the drawn columns of the rows on screen before their other cells; told
  // before the rows, whose reads start in their effects.
  const firstColumn = virtualColumns[0]?.index ?? 0
  const lastColumn = virtualColumns[virtualColumns.length - 1]?.index ?? -1
  useLayoutEffect(() => {
    loader.columnsOnScreen(
      connectors.slice(firstColumn, lastColumn + 1).map((connector) => connector.id),
    )
  }, [connectors, firstColumn, lastColumn, loader])

  // Focus follows the tab stop once its row and column are mounted (after a scroll).
  useLayoutEffect(() => {
    const target = pendingFocus.current
    if (!target) return
    const element = scrollerRef.current?.querySelector<HTMLElement>(
      `[data-row="${target.row}"][data-col="${target.col}"]`,
    )
    if (element) {
      pendingFocus.current = null
      element.focus()
    }
  })

  // Cells reach the grid's lines and connectors through refs, so the callback they get
  // never changes and the memoised cells do not re-render when the grid does.
  const shape = useRef({ lines, connectors })
  useLayoutEffect(() => {
    shape.current = { lines, connectors }
  })
  const onPick = useCallback((row: number, col: number, mode: 'toggle' | 'range') => {
    const { lines: shownLines, connectors: shownConnectors } = shape.current
    const line = shownLines[row]
    const connector = shownConnectors[col]
    if (!line || !connector) return
    const actions = selectionActions()
    if (mode === 'toggle') {
      actions.cellToggled({ lineId: line.id, connectorId: connector.id }, { row, col })
      return
    }
    const anchor = selectionAnchor() ?? { row, col }
    const cells: CellAddress[] = []
    for (let r = Math.min(anchor.row, row); r <= Math.max(anchor.row, row); r += 1) {
      const rangeLine = shownLines[r]
      if (!rangeLine) continue
      for (let c = Math.min(anchor.col, col); c <= Math.max(anchor.col, col); c += 1) {
        const rangeConnector = shownConnectors[c]
        if (rangeConnector) cells.push({ lineId: rangeLine.id, connectorId: rangeConnector.id })
      }
    }
    actions.rangeSelected(cells)
  }, [])

  /** Shift+Space and Ctrl+Space, as the WAI-ARIA grid pattern has them. */
  function selectGroup(row: number, col: number, which: 'row' | 'column') {
    const line = lines[row]
    const connector = connectors[col]
    if (!line || !connector) return
    selectionActions().groupToggled(
      which === 'row' ? cellsOfLine(line.id, connectors) : cellsOfConnector(connector.id, lines),
    )
  }

  function moveTo(next: Position) {
    setActive(next)
    pendingFocus.current = next
    rows.scrollToIndex(next.row, { align: 'auto' })
    columns.scrollToIndex(next.col, { align: 'auto' })
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement
    if (target.getAttribute('role') !== 'switch') return
    const row = Number(target.dataset.row)
    const col = Number(target.dataset.col)
    const page = Math.max(1, virtualRows.length - 2 * 4 - 1)
    if (event.key === ' ' && (event.shiftKey || event.ctrlKey || event.metaKey)) {
      // Selection, not a switch: the button must not see this Space.
      event.preventDefault()
      selectGroup(row, col, event.shiftKey ? 'row' : 'column')
      return
    }
    if (event.shiftKey && !selectionAnchor() && event.key.startsWith('Arrow'))
      selectionActions().cellToggled(
        { lineId: lines[row]?.id ?? '', connectorId: connectors[col]?.id ?? '' },
        { row, col },
      )
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
      case 'PageDown':
        next = { row: Math.min(row + page, lastRow), col }
        break
      case 'PageUp':
        next = { row: Math.max(row - page, 0), col }
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
    moveTo(next)
    // Shift+arrows extend the selection from the anchor, one cell at a time.
    if (event.shiftKey && event.key.startsWith('Arrow')) onPick(next.row, next.col, 'range')
  }

  function onFocus(event: React.FocusEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement
    if (target.getAttribute('role') !== 'switch') return
    const row = Number(target.dataset.row)
    const col = Number(target.dataset.col)
    if (row !== active.row || col !== active.col) setActive({ row, col })
  }

  return (
    // The card draws the rounded corners around the scroller (styles.css says why).
    <div className="grid-card">
      <div className="grid-scroller" ref={scrollerRef} style={{ maxHeight: GRID_MAX_HEIGHT_CSS }}>
        <table
          role="grid"
          aria-label={t('grid.label')}
          aria-rowcount={lines.length + 1}
          aria-colcount={connectors.length + 1}
          className="grid"
          style={
            {
              width: lineColumnWidth + columns.getTotalSize(),
              '--line-column': `${lineColumnWidth}px`,
            } as CSSProperties
          }
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          <thead>
            <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
              <th scope="col" className="grid__corner" aria-colindex={1}>
                {t('grid.corner')}
              </th>
              {horizontal.before > 0 && (
                <td aria-hidden="true" className="grid__pad" style={{ width: horizontal.before }} />
              )}
              {virtualColumns.map((column) => {
                const connector = connectors[column.index]
                if (!connector) return null
                return (
                  <ConnectorHeader
                    key={connector.id}
                    connector={connector}
                    lines={lines}
                    colIndex={column.index + 2}
                  />
                )
              })}
              {horizontal.after > 0 && (
                <td aria-hidden="true" className="grid__pad" style={{ width: horizontal.after }} />
              )}
            </tr>
          </thead>
          <tbody>
            {vertical.before > 0 && <tr aria-hidden="true" style={{ height: vertical.before }} />}
            {virtualRows.map((virtualRow) => {
              const line = lines[virtualRow.index]
              if (!line) return null
              return (
                <GridRow
                  key={line.id}
                  line={line}
                  connectors={connectors}
                  connectorIds={connectorIds}
                  columns={virtualColumns}
                  padLeft={horizontal.before}
                  padRight={horizontal.after}
                  row={virtualRow.index}
                  activeCol={virtualRow.index === current.row ? current.col : -1}
                  loader={loader}
                  portalKey={portalKey}
                  measure={rows.measureElement}
                  onPick={onPick}
                />
              )
            })}
            {vertical.after > 0 && <tr aria-hidden="true" style={{ height: vertical.after }} />}
          </tbody>
        </table>
      </div>
    </div>
  )
})

function useConnectorIds(connectors: Connector[]): readonly string[] {
  const [cache] = useState(() => new WeakMap<Connector[], readonly string[]>())
  let ids = cache.get(connectors)
  if (!ids) {
    ids = connectors.map((connector) => connector.id)
    cache.set(connectors, ids)
  }
  return ids
}
