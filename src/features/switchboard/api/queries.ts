import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { afterNextPaint } from '../../../app/after-next-paint'
import type { PortalClient } from '../../../bitrix/client'
import { loadStructure, type Structure } from './load-structure'
import { rowHash, switchboardKeys } from './query-keys'
import { createRowLoader, type Row, type RowLoader } from './row-loader'
import { cellVersions, keepNewerSwitches } from './switch-cell'

// The portal key names the portal and user a client talks to; the client and the loader
// are not data and cannot be part of a key.
/* eslint-disable @tanstack/query/exhaustive-deps */

export function structureQueryOptions(client: PortalClient, portalKey: string) {
  return queryOptions({
    queryKey: switchboardKeys.structure(portalKey),
    queryFn: () => loadStructure(client),
  })
}

export function rowQueryOptions(
  loader: RowLoader,
  portalKey: string,
  lineId: string,
  connectorIds: readonly string[],
) {
  return queryOptions({
    queryKey: switchboardKeys.row(portalKey, lineId),
    queryFn: async ({ client: queryClient }): Promise<Row> => {
      // The connectors the portal has now: a refetch started by a refresh or an invalidation
      // may run with the options of an older grid shape, before a newly registered connector.
      const ids =
        queryClient
          .getQueryData<Structure>(switchboardKeys.structure(portalKey))
          ?.connectors.map((connector) => connector.id) ?? connectorIds
      const before = cellVersions(queryClient, lineId, ids)
      const key = switchboardKeys.row(portalKey, lineId)
      // Read for the first time, a row on screen shows each answer's cells as they come;
      // read again, it shows what it had until the whole row is in.
      const showEarly =
        queryClient.getQueryData(key) === undefined
          ? (cells: Row) =>
              queryClient.setQueryData<Row>(key, (shown) =>
                keepNewerSwitches(queryClient, portalKey, lineId, { ...shown, ...cells }, before),
              )
          : undefined
      const row = await loader.load(lineId, ids, showEarly)
      return keepNewerSwitches(queryClient, portalKey, lineId, row, before)
    },
    // Every row counts towards the toolbar's totals and the progress, on screen or not: a
    // row scrolled away must not be collected and read again.
    gcTime: Infinity,
  })
}
/* eslint-enable @tanstack/query/exhaustive-deps */

const loaders = new WeakMap<QueryClient, Map<string, RowLoader>>()

/** One loader per portal and cache: it decides what each status request carries. */
export function rowLoaderFor(
  queryClient: QueryClient,
  client: PortalClient,
  portalKey: string,
): RowLoader {
  let perPortal = loaders.get(queryClient)
  if (!perPortal) {
    perPortal = new Map()
    loaders.set(queryClient, perPortal)
  }
  let loader = perPortal.get(portalKey)
  if (!loader) {
    loader = createRowLoader({
      client,
      // A row on screen has a mounted observer; rows only prefetched have none. Asked for
      // every queued row before each request: by hash.
      isVisible: (lineId) =>
        (queryClient.getQueryCache().get(rowHash(portalKey, lineId))?.getObserversCount() ?? 0) > 0,
      afterDrawn: (send) => void afterNextPaint(send),
    })
    perPortal.set(portalKey, loader)
  }
  return loader
}
