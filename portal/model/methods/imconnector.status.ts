import { argumentNull } from '../errors.ts'
import { connectorRealId } from '../connectors.ts'
import { phpIntval, phpIsset, phpString, upperKeys } from '../params.ts'
import { requireAppContext, type MethodContext } from './context.ts'

/*
 * Permissions: the server's Rest\Status::getStatus checks only the auth type (app context)
 * and CONNECTOR; it has no right check, so readonly users read statuses like anyone with the
 * scope. Read from the imconnector module's source (lib/rest/status.php).
 */
export function connectorStatus(context: MethodContext) {
  requireAppContext(context)
  const p = upperKeys(context.params)
  if (!phpIsset(p.CONNECTOR)) throw argumentNull('CONNECTOR')
  const connector = connectorRealId(phpString(p.CONNECTOR))
  const line = phpIntval(p.LINE)
  // Asking creates the row (all flags off), exactly like the server's Status::getInstance.
  const row = context.store.ensureRow(connector, String(line))
  const configured = row.ACTIVE && row.CONNECTION && row.REGISTER
  return {
    LINE: line,
    CONNECTOR: connector,
    ERROR: row.ERROR,
    CONFIGURED: configured,
    STATUS: configured && !row.ERROR,
  }
}
