import { useQuery, useQueryClient } from '@tanstack/react-query'
import { LiveRegion } from '../../../components/live-region'
import { usePortal } from '../../../app/portal-context'
import { toPortalError } from '../../../bitrix/errors'
import { matrixQueryOptions } from '../api/matrix-query'
import { switchboardKeys } from '../api/query-keys'
import { useAnnouncement } from '../stores/cell-notices'
import { ConfirmOffDialog } from './confirm-off-dialog'
import { SwitchboardGrid } from './grid'
import { Legend } from './legend'
import { GridSkeleton, LoadError, NoLines, ReadOnlyLines, RefreshError } from './screen-states'
import { Toolbar } from './toolbar'

export function Switchboard() {
  const { client, portalKey, frame } = usePortal()
  const queryClient = useQueryClient()
  const matrix = useQuery(matrixQueryOptions(client, portalKey))
  const announcement = useAnnouncement()

  const refresh = () => queryClient.invalidateQueries({ queryKey: switchboardKeys.all(portalKey) })

  let body
  if (matrix.isPending) {
    body = <GridSkeleton />
  } else if (matrix.isError && matrix.data === undefined) {
    body = <LoadError error={toPortalError(matrix.error)} onRetry={() => void matrix.refetch()} />
  } else if (matrix.data === undefined) {
    body = <GridSkeleton />
  } else if (matrix.data.lines.length === 0) {
    body = <NoLines onOpenContactCenter={() => void frame.openPath('/contact_center/')} />
  } else if (matrix.data.connectorAccess === 'denied') {
    body = <ReadOnlyLines lines={matrix.data.lines} />
  } else {
    body = (
      <>
        <Toolbar
          matrix={matrix.data}
          refreshing={matrix.isFetching}
          updatedAt={matrix.dataUpdatedAt}
          onRefresh={() => void refresh()}
        />
        {matrix.isError && (
          // A failed refresh keeps the grid the user works with: it still shows what was read.
          <RefreshError error={toPortalError(matrix.error)} onRetry={() => void refresh()} />
        )}
        <Legend />
        <SwitchboardGrid matrix={matrix.data} />
        <ConfirmOffDialog connectors={matrix.data.connectors} />
      </>
    )
  }

  return (
    <main className="switchboard">
      <h1 className="visually-hidden">Open Lines Switchboard</h1>
      {body}
      <LiveRegion text={announcement.text} seq={announcement.seq} />
    </main>
  )
}
