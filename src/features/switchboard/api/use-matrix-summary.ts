import { hashKey, useQueryClient } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import type { Structure } from './load-structure'
import { switchboardKeys } from './query-keys'
import type { Row } from './row-loader'

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

const REFRESH_MS = 150

/**
 * Totals over every row in the cache, recomputed at most every 150 ms however many rows
 * arrive: a background load of 1,000 rows must not recompute 1,000 times.
 */
export function useMatrixSummary(portalKey: string, structure: Structure): MatrixSummary {
  const queryClient = useQueryClient()
  const cache = queryClient.getQueryCache()
  const version = useSyncExternalStore(
    (notify) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const unsubscribe = cache.subscribe((event) => {
        if (event.query.queryKey[2] !== 'row' || timer) return
        timer = setTimeout(() => {
          timer = undefined
          counter += 1
          notify()
        }, REFRESH_MS)
      })
      return () => {
        if (timer) clearTimeout(timer)
        unsubscribe()
      }
    },
    () => counter,
  )

  return useMemo(() => {
    void version
    let loadedRows = 0
    let on = 0
    let problems = 0
    let oldestReadAt = 0
    for (const line of structure.lines) {
      // By hash: find() scans every query, and this runs for every line.
      const query = cache.get<Row>(hashKey(switchboardKeys.row(portalKey, line.id)))
      const row = query?.state.data
      if (!row || !query) continue
      loadedRows += 1
      if (oldestReadAt === 0 || query.state.dataUpdatedAt < oldestReadAt)
        oldestReadAt = query.state.dataUpdatedAt
      for (const cell of Object.values(row)) {
        if (cell.status === 'working') on += 1
        else if (cell.status === 'error' || cell.status === 'unconfigured') {
          on += 1
          problems += 1
        }
      }
    }
    const perRow = structure.connectors.length
    return {
      totalRows: structure.lines.length,
      loadedRows,
      totalCells: structure.lines.length * perRow,
      loadedCells: loadedRows * perRow,
      on,
      problems,
      oldestReadAt,
    }
  }, [cache, portalKey, structure, version])
}

let counter = 0
