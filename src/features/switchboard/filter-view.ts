import type { Structure } from './api/load-structure'
import { factsOf } from './api/row-facts'
import type { Row } from './api/row-loader'
import type { Connector, Line } from './model'
import { textMatcher } from './text-match'

export type ConnectorKind = 'all' | 'rest' | 'builtin'

/** What the user narrowed the grid by: UI state, kept per portal (stores/filters.ts). */
export interface Filters {
  search: string
  problemsOnly: boolean
  activeOnly: boolean
  inUseOnly: boolean
  kind: ConnectorKind
}

export const NO_FILTERS: Filters = {
  search: '',
  problemsOnly: false,
  activeOnly: false,
  inUseOnly: false,
  kind: 'all',
}

export function isFiltering(filters: Filters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.problemsOnly ||
    filters.activeOnly ||
    filters.inUseOnly ||
    filters.kind !== 'all'
  )
}

/** Whether the view depends on the cells, not only on names and flags. */
export function readsRows(filters: Filters): boolean {
  return filters.problemsOnly || filters.inUseOnly
}

export interface ViewContext {
  /** A line's row of cells, if it has been read. */
  rowOf: (lineId: string) => Row | undefined
  /** The name the grid shows for a line (an unnamed line has one in the reader's language). */
  lineName: (line: Line) => string
  locale: string
}

/**
 * The lines × connectors the grid shows. Search semantics:
 * - one text over line names and connector names, case- and accent-insensitive in the app's
 *   language, trimmed; a line matches when its shown name contains the text, and so does a
 *   connector;
 * - lines whose name matches stay as rows and connectors whose name matches stay as columns;
 *   when the text matches no line name, the rows are not narrowed by it (so "telegram" shows
 *   the Telegram column on every line), and likewise for columns;
 * - text that matches neither a line nor a connector matches nothing: the grid is empty
 *   (and says so) rather than ignoring what was typed.
 * Matching runs over every line and connector, before the other filters, so a search for an
 * inactive line with "only active" on shows nothing instead of every active line.
 *
 * The other filters: connector kind narrows the columns; "with problems" keeps lines with a
 * cell in error or with setup incomplete among those columns; "only active" keeps active
 * lines; "in use" keeps the columns with a cell switched on among the rows shown. A row not
 * read yet has no known problem or connection, so those filters leave it out until it is.
 */
export function filterView(
  structure: Structure,
  filters: Filters,
  context: ViewContext,
): Structure {
  if (!isFiltering(filters)) return structure
  const matches = textMatcher(filters.search, context.locale)
  let lineHits: ReadonlySet<Line> | undefined
  let connectorHits: ReadonlySet<Connector> | undefined
  if (matches) {
    lineHits = new Set(structure.lines.filter((line) => matches(context.lineName(line))))
    connectorHits = new Set(structure.connectors.filter((connector) => matches(connector.name)))
    if (lineHits.size === 0 && connectorHits.size === 0)
      return { ...structure, lines: [], connectors: [] }
    if (lineHits.size === 0) lineHits = undefined
    if (connectorHits.size === 0) connectorHits = undefined
  }

  let connectors = structure.connectors.filter(
    (connector) =>
      (filters.kind === 'all' || connector.builtin === (filters.kind === 'builtin')) &&
      (!connectorHits || connectorHits.has(connector)),
  )
  const columnIds = new Set(connectors.map((connector) => connector.id))

  const lines = structure.lines.filter((line) => {
    if (filters.activeOnly && !line.active) return false
    if (lineHits && !lineHits.has(line)) return false
    if (!filters.problemsOnly) return true
    const row = context.rowOf(line.id)
    return row !== undefined && factsOf(row).problems.some((id) => columnIds.has(id))
  })

  if (filters.inUseOnly) {
    const used = new Set<string>()
    for (const line of lines) {
      const row = context.rowOf(line.id)
      if (row) for (const id of factsOf(row).on) used.add(id)
    }
    connectors = connectors.filter((connector) => used.has(connector.id))
  }

  return { ...structure, lines, connectors }
}
