import type { PortalClient } from './client'
import { toPortalError } from './errors'

// The transport refreshes the token through the parent and retries once (the SDK
// coalesces concurrent refreshes). A request sent with the old token whose 401 comes back
// after that refresh finished starts a second refresh, which rotates the token the first
// request has just retried with: that retry then fails with invalid_token although the
// session is fine. One more attempt with the token the transport now holds settles it;
// every call here is safe to repeat (reads, and switches that carry their target state).

function isAuthRace(error: unknown): boolean {
  const code = toPortalError(error).code.toLowerCase()
  return code === 'expired_token' || code === 'invalid_token'
}

export function withAuthRetry(client: PortalClient): PortalClient {
  return {
    async call(method, params) {
      try {
        return await client.call(method, params)
      } catch (error) {
        if (!isAuthRace(error)) throw error
        return client.call(method, params)
      }
    },
    async batch(calls) {
      try {
        return await client.batch(calls)
      } catch (error) {
        if (!isAuthRace(error)) throw error
        return client.batch(calls)
      }
    },
  }
}
