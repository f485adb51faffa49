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

  // Hashed once per grid shape: hashKey serialises the key, and this runs for every line.
  const hashes = useMemo(
    () => structure.lines.map((line) => hashKey(switchboardKeys.row(portalKey, line.id))),
    [portalKey, structure],
  )

  return useMemo(() => {
    void version
    let loadedRows = 0
    let on = 0
    let problems = 0
    let oldestReadAt = 0
    for (const hash of hashes) {
      const query = cache.get<Row>(hash)
      const row = query?.state.data
      if (!row || !query) continue
      loadedRows += 1
      if (oldestReadAt === 0 || query.state.dataUpdatedAt < oldestReadAt)
        oldestReadAt = query.state.dataUpdatedAt
      const counts = countsOf(row)
      on += counts.on
      problems += counts.problems
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
  }, [cache, hashes, structure, version])
}

interface RowCounts {
  on: number
  problems: number
}

// A switch replaces its row's object and leaves every other row's as it was, so a row's
// counts are kept with its object: a recount after a click counts one row, not 1,000.
const rowCounts = new WeakMap<Row, RowCounts>()

function countsOf(row: Row): RowCounts {
  let counts = rowCounts.get(row)
  if (counts) return counts
  counts = { on: 0, problems: 0 }
  for (const cell of Object.values(row)) {
    if (cell.status === 'working') counts.on += 1
    else if (cell.status === 'error' || cell.status === 'unconfigured') {
      counts.on += 1
      counts.problems += 1
    }
  }
  rowCounts.set(row, counts)
  return counts
}

let counter = 0
