import { useEffect, useState } from 'react'
import type { BulkBar } from './bulk-bar'
import type { FilterBar } from './filter-bar'

export interface BoardBars {
  FilterBar: typeof FilterBar
  BulkBar: typeof BulkBar
}

// The filter bar and the bulk bar sit above the grid and are chunks of their own (the first
// grid is drawn without their code). Both are asked for as soon as the app knows it opens
// the switchboard (not the install page: `loadBoardBars`, from main.tsx), so they arrive
// while the lines are read; the board is drawn once they are here.
// A bar drawn after the grid pushed every row down under the pointer (a line at full width,
// several in a narrow frame). React.lazy would suspend the board at least once even with the
// chunks loaded, and React holds a revealed boundary back up to 300 ms after its fallback.
let loaded: BoardBars | undefined
let failed: unknown
let settled: Promise<void> | undefined

/**
 * Starts fetching the bars' chunks (once). Asked for only when the switchboard rendered, they
 * arrived after the lines in some loads (at 811–825 ms, the lines at 727 ms) and held the
 * first grid back.
 */
export function loadBoardBars(): Promise<void> {
  settled ??= Promise.all([import('./filter-bar'), import('./bulk-bar')]).then(
    ([filterBar, bulkBar]) => {
      loaded = { FilterBar: filterBar.FilterBar, BulkBar: bulkBar.BulkBar }
    },
    (error: unknown) => {
      failed = error ?? new Error('a chunk of the app failed to load')
    },
  )
  return settled
}

/** The bars once their chunks are here, else undefined; a chunk that failed throws. */
export function useBoardBars(): BoardBars | undefined {
  const [outcome, setOutcome] = useState({ bars: loaded, error: failed })
  const waiting = outcome.bars === undefined && outcome.error === undefined
  useEffect(() => {
    if (!waiting) return
    let current = true
    void loadBoardBars().then(() => {
      if (current) setOutcome({ bars: loaded, error: failed })
    })
    return () => {
      current = false
    }
  }, [waiting])
  // The app's error boundary says the app could not start, as it did for a failed lazy chunk.
  if (outcome.error !== undefined) throw outcome.error
  return outcome.bars
}
