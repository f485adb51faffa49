// Query-key factory for the switchboard: one hierarchy per portal and user, so a
// refresh invalidates everything below `all` and two portals never share a cache.
export const switchboardKeys = {
  all: (portalKey: string) => ['switchboard', portalKey] as const,
  matrix: (portalKey: string) => [...switchboardKeys.all(portalKey), 'matrix'] as const,
  switches: (portalKey: string) => [...switchboardKeys.all(portalKey), 'switch'] as const,
}
