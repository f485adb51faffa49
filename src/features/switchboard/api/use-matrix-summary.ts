import { useMemo } from 'react'
import type { Structure } from './load-structure'
import { factsOf } from './row-facts'
import { useCachedRows } from './use-cached-rows'

export interface MatrixSummary {
  totalRows: number
  loadedRows: number
  totalCells: number
  loadedCells: number
  /** Cells switched on (working, setup incomplete or in error). */
  on: number
  /** Cells that need attention: in error or with setup incomplete. */
  problems: number
  /** When the oldest row on screen was read from the portal (0 when none is loaded). */
  oldestReadAt: number
}

/**
 * Totals over every row in the cache, recomputed at most every 150 ms however many rows
 * arrive (see useCachedRows).
 */
export function useMatrixSummary(portalKey: string, structure: Structure): MatrixSummary {
  const { queryOf, version } = useCachedRows(portalKey)

  return useMemo(() => {
    void version
    const perRow = structure.connectors.length
    let loadedRows = 0
    let loadedCells = 0
    let on = 0
    let problems = 0
    let oldestReadAt = 0
    for (const line of structure.lines) {
      const query = queryOf(line.id)
      const row = query?.state.data
      if (!row || !query) continue
      const facts = factsOf(row)
      // A row shown before all its cells are read is not loaded yet, but its cells count.
      if (facts.read >= perRow) loadedRows += 1
      loadedCells += Math.min(facts.read, perRow)
      if (oldestReadAt === 0 || query.state.dataUpdatedAt < oldestReadAt)
        oldestReadAt = query.state.dataUpdatedAt
      on += facts.on.length
      problems += facts.problems.length
    }
    return {
      totalRows: structure.lines.length,
      loadedRows,
      totalCells: structure.lines.length * perRow,
      loadedCells,
      on,
      problems,
      oldestReadAt,
    }
  }, [queryOf, structure, version])
}
