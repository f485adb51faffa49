import { connectorAccessDenied } from '../errors.ts'
import { localizedName } from '../connectors.ts'
import { requireAppContext, type MethodContext } from './context.ts'

export function connectorList(context: MethodContext): Record<string, string> {
  requireAppContext(context)
  const { session, connectors } = context.store.data
  if (!session.canModifyConnectors) throw connectorAccessDenied()
  const out: Record<string, string> = {}
  for (const connector of connectors) out[connector.id] = localizedName(connector, session.lang)
  return out
}
