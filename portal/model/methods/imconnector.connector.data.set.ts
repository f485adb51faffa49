import { argumentNull } from '../errors.ts'
import { connectorRealId } from '../connectors.ts'
import { phpEmpty, phpIntval, phpIsset, phpString, upperKeys } from '../params.ts'
import type { ConnectorData } from '../types.ts'
import { requireAppContext, type MethodContext } from './context.ts'

const DATA_KEYS = ['ID', 'URL', 'URL_IM', 'NAME'] as const

export function connectorDataSet(context: MethodContext): boolean {
  requireAppContext(context)
  const p = upperKeys(context.params)
  if (!phpIsset(p.CONNECTOR)) throw argumentNull('CONNECTOR')
  if (!phpIsset(p.LINE)) throw argumentNull('LINE')
  if (!phpIsset(p.DATA)) throw argumentNull('DATA')
  const connector = connectorRealId(phpString(p.CONNECTOR))
  const line = String(phpIntval(p.LINE))
  const incoming = upperKeys(p.DATA)
  const update: ConnectorData = {}
  // Only non-empty keys are merged: sending "" never erases a stored value.
  for (const key of DATA_KEYS) {
    if (!phpEmpty(incoming[key])) update[key] = phpString(incoming[key])
  }
  const row = context.store.ensureRow(connector, line)
  context.store.mutate(() => {
    row.DATA = { ...row.DATA, ...update }
  })
  return true
}
