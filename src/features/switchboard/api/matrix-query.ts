import { queryOptions } from '@tanstack/react-query'
import type { PortalClient } from '../../../bitrix/client'
import { loadMatrix } from './load-matrix'
import { switchboardKeys } from './query-keys'

export function matrixQueryOptions(client: PortalClient, portalKey: string) {
  // The portal key names the portal and user the client talks to; the client object
  // itself is not data and cannot be part of a key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: switchboardKeys.matrix(portalKey),
    queryFn: () => loadMatrix(client),
  })
}
