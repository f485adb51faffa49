import type { PortalConnection } from '../app/portal-context'
import type { PortalClient, PortalFrame } from './client'
import { withAuthRetry } from './auth-retry'
import { getFrame, portalRate } from './frame'
import { withInputFirst, type AfterInput } from './input-first'
import { createMethodPauses } from './method-pauses'
import { withMethodPauses } from './paused-client'
import { readCurrentUser, UNKNOWN_USER } from './profile'
import { withRequestGate } from './request-gate'
import { createSdkClient, createSdkFrame } from './sdk-client'

export interface ConnectOptions {
  /**
   * Called once the bridge is open, before the `profile` call says who the user is: work
   * that does not need to know the user can start a round trip earlier.
   */
  onBridgeOpen?: (client: PortalClient, frame: PortalFrame) => void
  /** Requests leave, and answers land, outside the user's presses (see input-first.ts). */
  afterInput?: AfterInput
}

/** Opens the bridge to the portal around this frame and describes it for the app. */
export async function connectToPortal(options: ConnectOptions = {}): Promise<PortalConnection> {
  const b24 = await getFrame()
  const auth = b24.auth.getAuthData()
  const memberId = auth === false ? 'unknown' : auth.member_id
  const pauses = createMethodPauses()
  const client = withMethodPauses(
    withAuthRetry(
      withRequestGate(
        withInputFirst(
          createSdkClient(b24, (method, time) => pauses.answered(method, time)),
          options.afterInput ?? ((go) => go()),
        ),
        portalRate(),
      ),
    ),
    pauses,
  )
  const frame = createSdkFrame(b24)
  options.onBridgeOpen?.(client, frame)
  // One `profile` call says who is using the app. If it fails, the app still opens (its
  // own requests show the portal's trouble) but keeps no cache for an unknown user.
  const user = await readCurrentUser(client).catch(() => UNKNOWN_USER)
  return {
    client,
    frame,
    // The member id names the portal; the domain keeps two local portals apart; the user
    // keeps two people's caches apart on one browser.
    portalKey: `${b24.getTargetOrigin()}|${memberId}|${user.id}`,
    user,
  }
}
