import type { QueryClient } from '@tanstack/react-query'
import { BATCH_LIMIT, type PortalClient } from '../../../bitrix/client'
import { isFiltering } from '../filter-view'
import { columnsInWindow, rowsInWindow } from '../grid-geometry'
import { filtersOf } from '../stores/filters'
import { loadStructure, type Structure } from './load-structure'
import { rowLoaderFor, rowQueryOptions, structureQueryOptions } from './queries'

/** How far past the rows drawn the early read may go to end on a full request. */
const MAX_FILL_ROWS = 10
/**
 * Rows below the first screen that are read as if on it. The app grows its frame to its
 * content once it has drawn (`fit-frame.ts`), and the grid's box grows with the frame: by
 * about two rows in the local portal's 1,400 × 900 window, whose cells were then one more
 * round trip behind the rest of the screen.
 */
const FRAME_GROWTH_ROWS = 2

/** The lines the early read treats as on screen, from the top, in a window this tall. */
export function rowsReadFirst(windowHeight: number): number {
  return rowsInWindow(windowHeight) + FRAME_GROWTH_ROWS
}

/**
 * How many rows the early read asks for: the rows drawn and the lines after them that fill
 * their last request, exactly when a few more rows can (18 rows of 40 connectors end on a
 * request of 20; 20 rows end on a full one). The rest are queued later, and a request that
 * left part full would be one request more than the minimum.
 */
export function rowsFillingRequests(drawn: number, width: number): number {
  if (width === 0) return drawn
  for (let rows = drawn; rows <= drawn + MAX_FILL_ROWS; rows += 1)
    if ((rows * width) % BATCH_LIMIT === 0) return rows
  const spare = (BATCH_LIMIT - ((drawn * width) % BATCH_LIMIT)) % BATCH_LIMIT
  return drawn + Math.ceil(spare / width)
}

/**
 * The first screen's reads, started before React draws anything. The lines and connectors
 * are asked for while the app still waits to learn who the user is (the cache key needs
 * that), and the rows of the top of the grid as soon as the lines arrive, while React is
 * still drawing the grid that will show them: each would otherwise wait for the step
 * before it. Returns what puts the reads into the cache once the key is known.
 */
export function readFirstScreenEarly(client: PortalClient) {
  const reading = loadStructure(client)
  // Its failure is the query's, reported where the query is shown.
  reading.catch(() => undefined)
  return (queryClient: QueryClient, portalKey: string) => {
    void queryClient.prefetchQuery({
      ...structureQueryOptions(client, portalKey),
      // Drawn a task later, once the rows below have sent their requests: drawing the grid
      // takes the main thread for about 100 ms, and the requests then fly meanwhile.
      queryFn: () =>
        reading.then(
          (structure) => new Promise<Structure>((resolve) => setTimeout(resolve, 0, structure)),
        ),
    })
    void reading.then(
      (structure) => {
        // Filtered, the top of the grid is not the first lines: the grid asks for its own.
        if (structure.connectorAccess === 'denied' || isFiltering(filtersOf(portalKey))) return
        const loader = rowLoaderFor(queryClient, client, portalKey)
        const ids = structure.connectors.map((connector) => connector.id)
        const top = structure.lines.slice(0, rowsReadFirst(window.innerHeight))
        loader.expectOnScreen(top.map((line) => line.id))
        loader.columnsOnScreen(ids.slice(0, columnsInWindow(window.innerWidth)))
        const read = rowsFillingRequests(top.length, ids.length)
        for (const line of structure.lines.slice(0, read))
          void queryClient.prefetchQuery(rowQueryOptions(loader, portalKey, line.id, ids))
      },
      () => undefined,
    )
  }
}
