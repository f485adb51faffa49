import { createContext, useContext, type ReactNode } from 'react'
import type { PortalClient, PortalFrame } from '../bitrix/client'
import type { PortalUser } from '../bitrix/profile'

export interface PortalConnection {
  client: PortalClient
  frame: PortalFrame
  /** Identifies the portal and user, so caches never mix two portals' data. */
  portalKey: string
  /** Who is using the app (`user.id` is `''` when the portal did not say). */
  user: PortalUser
}

const PortalContext = createContext<PortalConnection | undefined>(undefined)

export function PortalProvider({
  value,
  children,
}: {
  value: PortalConnection
  children: ReactNode
}) {
  return <PortalContext.Provider value={value}>{children}</PortalContext.Provider>
}

export function usePortal(): PortalConnection {
  const connection = useContext(PortalContext)
  if (!connection) throw new Error('usePortal() needs a <PortalProvider> above it')
  return connection
}
