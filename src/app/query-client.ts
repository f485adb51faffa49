import { QueryClient } from '@tanstack/react-query'
import { PortalError } from '../bitrix/errors'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Connector states change rarely and every change made here updates the cache
        // itself; a minute keeps tab switches free while the portal stays the truth.
        staleTime: 60_000,
        refetchOnWindowFocus: true,
        // The SDK already retried transport failures; retry once more only what can help.
        retry: (failureCount, error) =>
          failureCount < 1 && error instanceof PortalError && error.retryable,
      },
      mutations: { retry: false },
    },
  })
}
