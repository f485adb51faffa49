import { useQuery, useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LiveRegion } from '../../../components/live-region'
import { usePortal } from '../../../app/portal-context'
import { toPortalError } from '../../../bitrix/errors'
import { rowLoaderFor, rowQueryOptions, structureQueryOptions } from '../api/queries'
import { switchboardKeys } from '../api/query-keys'
import { useMatrixSummary } from '../api/use-matrix-summary'
import { isFiltering, readsRows } from '../filter-view'
import { useAfterScreenRead } from '../hooks/use-after-screen-read'
import { useFilteredStructure } from '../hooks/use-filtered-structure'
import { useFilterActions, useFilters } from '../stores/filters'
import type { Structure } from '../api/load-structure'
import type { RowLoader } from '../api/row-loader'
import { useAnnouncement } from '../stores/cell-notices'
import { openActivityLog } from '../stores/activity-log'
import { useActivityPanelOpen } from '../stores/activity-panel'
import { useOffRequest } from '../stores/confirm-off'
import { useBoardBars, type BoardBars } from './board-bars'
import { SwitchboardGrid } from './grid'
import { Legend } from './legend'
import {
  GridSkeleton,
  LoadError,
  NoLines,
  NothingMatches,
  ReadOnlyLines,
  RefreshError,
} from './screen-states'
import { Toolbar } from './toolbar'

// Only needed once someone switches a connector off: kept out of the first screen's bundle,
// and fetched once the rows on screen are read, so the first "off" does not wait for it.
const loadConfirmOffDialog = () => import('./confirm-off-dialog')
const ConfirmOffDialog = lazy(() =>
  loadConfirmOffDialog().then((module) => ({ default: module.ConfirmOffDialog })),
)
// The Activity panel: fetched once the rows on screen are read, shown when asked for.
const loadActivityPanel = () => import('./activity-panel')
const ActivityPanel = lazy(() =>
  loadActivityPanel().then((module) => ({ default: module.ActivityPanel })),
)

export function Switchboard() {
  const { client, portalKey, frame } = usePortal()
  const queryClient = useQueryClient()
  const structure = useQuery(structureQueryOptions(client, portalKey))
  const announcement = useAnnouncement()
  const activityOpen = useActivityPanelOpen()
  const { t } = useTranslation()
  const loader = rowLoaderFor(queryClient, client, portalKey)
  const bars = useBoardBars()

  useEffect(() => openActivityLog(portalKey), [portalKey])

  // A refresh reads everything again, rows off screen included: the totals count them.
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: switchboardKeys.all(portalKey), refetchType: 'all' })

  let body
  if (structure.isPending) {
    body = <GridSkeleton />
  } else if (structure.isError && structure.data === undefined) {
    body = (
      <LoadError error={toPortalError(structure.error)} onRetry={() => void structure.refetch()} />
    )
  } else if (structure.data === undefined) {
    body = <GridSkeleton />
  } else if (structure.data.lines.length === 0) {
    body = <NoLines onOpenContactCenter={() => void frame.openPath('/contact_center/')} />
  } else if (structure.data.connectorAccess === 'denied') {
    body = <ReadOnlyLines lines={structure.data.lines} />
  } else if (bars === undefined) {
    body = <GridSkeleton />
  } else {
    body = (
      <Board
        structure={structure.data}
        bars={bars}
        loader={loader}
        refreshing={structure.isFetching}
        refreshError={structure.isError ? toPortalError(structure.error) : undefined}
        onRefresh={() => void refresh()}
      />
    )
  }

  // The panel sits beside <main>, not in it: a complementary landmark of its own.
  return (
    <div className={activityOpen ? 'with-activity' : undefined}>
      <main className="switchboard">
        <h1 className="visually-hidden">{t('app.title')}</h1>
        {body}
        <LiveRegion text={announcement.text} seq={announcement.seq} />
      </main>
      {activityOpen && (
        <Suspense fallback={null}>
          <ActivityPanel />
        </Suspense>
      )}
    </div>
  )
}

const ROWS_QUEUED_PER_TASK = 100

interface BoardProps {
  structure: Structure
  bars: BoardBars
  loader: RowLoader
  refreshing: boolean
  refreshError: ReturnType<typeof toPortalError> | undefined
  onRefresh: () => void
}

function Board({
  structure: shape,
  bars,
  loader,
  refreshing,
  refreshError,
  onRefresh,
}: BoardProps) {
  const { portalKey } = usePortal()
  const queryClient = useQueryClient()
  // Moves every 150 ms while rows arrive or switch (a click's confirmation included): the
  // board renders again with it, its memoised parts (filter bar, legend, bulk bar, grid)
  // do not, and the frames around the next click stay short.
  const summary = useMatrixSummary(portalKey, shape)
  const offRequest = useOffRequest()
  const searchId = useId()
  // Typing stays responsive at 1,000 lines: the grid follows the box a moment later.
  const filters = useDeferredValue(useFilters())
  const { cleared } = useFilterActions()
  const view = useFilteredStructure(portalKey, shape, filters)
  const filtering = isFiltering(filters)
  const empty = view.lines.length === 0 || view.connectors.length === 0

  // Every row loads behind the ones on screen, without blocking the grid, so the totals and
  // problems cover the whole portal. Queued a slice per task once the rows on screen are
  // read and drawn: at 1,000 lines one pass takes tens of milliseconds that the first rows
  // must not wait for. The chunks the first screen does not show are fetched then too.
  const [beyondScreen, setBeyondScreen] = useState(false)
  const queueEveryRow = useCallback(() => {
    void loadConfirmOffDialog()
    void loadActivityPanel()
    const ids = shape.connectors.map((connector) => connector.id)
    let next = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const queueSlice = () => {
      for (const line of shape.lines.slice(next, next + ROWS_QUEUED_PER_TASK)) {
        const options = rowQueryOptions(loader, portalKey, line.id, ids)
        const row = queryClient.getQueryData(options.queryKey)
        // A connector registered since the row was read (or while it was): read it again.
        if (row && ids.some((id) => !(id in row)))
          void queryClient.invalidateQueries({ queryKey: options.queryKey, exact: true })
        else void queryClient.prefetchQuery(options)
      }
      next += ROWS_QUEUED_PER_TASK
      if (next < shape.lines.length) timer = setTimeout(queueSlice, 0)
    }
    // The first slice at once, and only then the grid's rows beyond the screen: mounted
    // first, they sent a small request of their own before the rest were queued; now their
    // reads are packed with the others.
    queueSlice()
    setBeyondScreen(true)
    return () => clearTimeout(timer)
  }, [loader, portalKey, queryClient, shape])
  useAfterScreenRead(loader, queueEveryRow)

  return (
    <>
      <Toolbar
        summary={summary}
        shown={
          filtering
            ? {
                lines: view.lines.length,
                connectors: view.connectors.length,
                totalConnectors: shape.connectors.length,
              }
            : undefined
        }
        refreshing={refreshing}
        onRefresh={onRefresh}
      />
      <bars.FilterBar searchId={searchId} />
      {refreshError && (
        // A failed refresh keeps the grid the user works with: it still shows what was read.
        <RefreshError error={refreshError} onRetry={onRefresh} />
      )}
      <Legend />
      <bars.BulkBar structure={shape} />
      {!empty ? (
        <SwitchboardGrid
          structure={view}
          loader={loader}
          portalKey={portalKey}
          beyondScreen={beyondScreen}
        />
      ) : readsRows(filters) && summary.loadedRows < summary.totalRows ? (
        // Whether a line has a problem or a connection is not known before its row is read.
        <GridSkeleton />
      ) : (
        <NothingMatches
          onClear={() => {
            cleared()
            // The button goes with the filters: the focus goes where the next search starts.
            document.getElementById(searchId)?.focus()
          }}
        />
      )}
      {offRequest && (
        <Suspense fallback={null}>
          <ConfirmOffDialog connectors={shape.connectors} />
        </Suspense>
      )}
    </>
  )
}
