import { create } from 'zustand'
import type { CellAddress } from '../api/load-matrix'
import { cellKey } from '../model'

// Which cells the administrator picked for a bulk change: UI state, keyed by cell key.
// The cells' states stay in the react-query cache.

interface SelectionState {
  selected: ReadonlyMap<string, CellAddress>
  /** Where a Shift range starts: the last cell picked on its own. */
  anchor: { row: number; col: number } | undefined
  actions: {
    /** Ctrl/⌘+click or Ctrl+Space: one cell in or out, and the next range starts there. */
    cellToggled: (cell: CellAddress, at: { row: number; col: number }) => void
    /** Shift+click or Shift+arrow: the rectangle from the anchor replaces the selection. */
    rangeSelected: (cells: readonly CellAddress[]) => void
    /** A line's or a connector's checkbox: all of them in, or all out when all were in. */
    groupToggled: (cells: readonly CellAddress[]) => void
    cleared: () => void
  }
}

const keyOf = (cell: CellAddress) => cellKey(cell.lineId, cell.connectorId)

/** Every cell of a line, across the connectors given (a line's checkbox, Shift+Space). */
export const cellsOfLine = (lineId: string, connectors: readonly { id: string }[]) =>
  connectors.map((connector) => ({ lineId, connectorId: connector.id }))

/** Every cell of a connector, down the lines given (its checkbox, Ctrl+Space). */
export const cellsOfConnector = (connectorId: string, lines: readonly { id: string }[]) =>
  lines.map((line) => ({ lineId: line.id, connectorId }))

const useSelectionStore = create<SelectionState>()((set) => ({
  selected: new Map(),
  anchor: undefined,
  actions: {
    cellToggled: (cell, at) =>
      set((state) => {
        const selected = new Map(state.selected)
        const key = keyOf(cell)
        if (selected.has(key)) selected.delete(key)
        else selected.set(key, cell)
        return { selected, anchor: at }
      }),
    rangeSelected: (cells) => set({ selected: new Map(cells.map((cell) => [keyOf(cell), cell])) }),
    groupToggled: (cells) =>
      set((state) => {
        const selected = new Map(state.selected)
        const all = cells.length > 0 && cells.every((cell) => selected.has(keyOf(cell)))
        for (const cell of cells) {
          if (all) selected.delete(keyOf(cell))
          else selected.set(keyOf(cell), cell)
        }
        return { selected }
      }),
    cleared: () => set({ selected: new Map(), anchor: undefined }),
  },
}))

export const useIsSelected = (key: string) => useSelectionStore((state) => state.selected.has(key))
export const useSelectedCount = () => useSelectionStore((state) => state.selected.size)
/** Whether every one of these cells is selected (a line's or a connector's checkbox). */
export const useAllSelected = (cells: readonly CellAddress[]) =>
  useSelectionStore(
    (state) => cells.length > 0 && cells.every((cell) => state.selected.has(keyOf(cell))),
  )
export const useSelectionActions = () => useSelectionStore((state) => state.actions)
/** For event handlers that read the selection once (a range, starting a bulk change). */
export const selectedCells = () => [...useSelectionStore.getState().selected.values()]
export const selectionAnchor = () => useSelectionStore.getState().anchor
/** For non-React callers and the tests' reset. */
export const selectionActions = () => useSelectionStore.getState().actions
