import { argumentNull } from '../errors.ts'
import { connectorRealId } from '../connectors.ts'
import { isoDate } from '../scenarios.ts'
import { phpEmpty, phpIntval, phpIsset, phpString, upperKeys } from '../params.ts'
import { requireAppContext, type MethodContext } from './context.ts'

/*
 * Follows the server's Rest\Status::activate and Status::delete (imconnector module):
 * - no right check beyond the app context, so readonly users can switch too (the real
 *   portal does not stop them either; the app must not rely on the portal refusing);
 * - off answers true only when a row was deleted — an all-flags-off row left by
 *   imconnector.status counts as a row;
 * - the ONIMCONNECTORSTATUSDELETE event is sent on every off, even when no row existed.
 */
export function connectorActivate(context: MethodContext): boolean {
  requireAppContext(context)
  const p = upperKeys(context.params)
  if (!phpIsset(p.CONNECTOR)) throw argumentNull('CONNECTOR')
  if (!phpIsset(p.LINE)) throw argumentNull('LINE')
  if (!phpIsset(p.ACTIVE)) throw argumentNull('ACTIVE')
  const connector = connectorRealId(phpString(p.CONNECTOR))
  const line = String(phpIntval(p.LINE))
  const { store, clock } = context

  if (!phpEmpty(p.ACTIVE)) {
    const row = store.ensureRow(connector, line)
    store.mutate(() => {
      row.ACTIVE = true
      row.CONNECTION = true
      row.REGISTER = true
      row.ERROR = false
    })
    return true
  }

  const existed = store.deleteRow(connector, line)
  store.pushEvent({
    time: isoDate(clock.now()),
    event: 'ONIMCONNECTORSTATUSDELETE',
    data: { connector, line },
  })
  return existed
}
