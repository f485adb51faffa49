import type { Row } from './row-loader'

export interface RowFacts {
  /** Cells read (a row on screen shows its cells before the whole row is read). */
  read: number
  /** Connectors switched on in this row (working, setup incomplete or in error). */
  on: readonly string[]
  /** Connectors that need attention: in error or with setup incomplete (decision 001). */
  problems: readonly string[]
}

// A switch replaces its row's object and leaves every other row's as it was, so a row's
// facts are kept with its object: after a click, one row is read again, not 1,000.
const factsByRow = new WeakMap<Row, RowFacts>()

export function factsOf(row: Row): RowFacts {
  let facts = factsByRow.get(row)
  if (facts) return facts
  const on: string[] = []
  const problems: string[] = []
  const entries = Object.entries(row)
  for (const [connectorId, cell] of entries) {
    if (cell.status === 'working') on.push(connectorId)
    else if (cell.status === 'error' || cell.status === 'unconfigured') {
      on.push(connectorId)
      problems.push(connectorId)
    }
  }
  facts = { read: entries.length, on, problems }
  factsByRow.set(row, facts)
  return facts
}
