import type { PortalConnection } from '../app/portal-context'
import { withAuthRetry } from './auth-retry'
import { getFrame } from './frame'
import { createSdkClient, createSdkFrame } from './sdk-client'

/** Opens the bridge to the portal around this frame and describes it for the app. */
export async function connectToPortal(): Promise<PortalConnection> {
  const b24 = await getFrame()
  const auth = b24.auth.getAuthData()
  const memberId = auth === false ? 'unknown' : auth.member_id
  return {
    client: withAuthRetry(createSdkClient(b24)),
    frame: createSdkFrame(b24),
    // The member id names the portal; the domain keeps two local portals apart.
    portalKey: `${b24.getTargetOrigin()}|${memberId}`,
  }
}
