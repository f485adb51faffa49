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
