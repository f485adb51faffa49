import { hashKey } from '@tanstack/react-query'

// Query-key factory for the switchboard: one hierarchy per portal and user, so a
// refresh invalidates everything below `all` and two portals never share a cache.
export const switchboardKeys = {
  all: (portalKey: string) => ['switchboard', portalKey] as const,
  /** Lines and connectors: the grid's shape. */
  structure: (portalKey: string) => [...switchboardKeys.all(portalKey), 'structure'] as const,
  /** Every row of cell states. */
  rows: (portalKey: string) => [...switchboardKeys.all(portalKey), 'row'] as const,
  /** One line's cell states, keyed by connector id. */
  row: (portalKey: string, lineId: string) => [...switchboardKeys.rows(portalKey), lineId] as const,
  switches: (portalKey: string) => [...switchboardKeys.all(portalKey), 'switch'] as const,
}

const rowHashes = new Map<string, Map<string, string>>()

/**
 * A row query's hash, made once per line: whole-grid work finds rows with
 * `getQueryCache().get(hash)` (a key filter tests every query, 1,000+ rows), and hashKey
 * serialises the key each time it is called.
 */
export function rowHash(portalKey: string, lineId: string): string {
  let perPortal = rowHashes.get(portalKey)
  if (!perPortal) {
    perPortal = new Map()
    rowHashes.set(portalKey, perPortal)
  }
  let hash = perPortal.get(lineId)
  if (hash === undefined) {
    hash = hashKey(switchboardKeys.row(portalKey, lineId))
    perPortal.set(lineId, hash)
  }
  return hash
}
