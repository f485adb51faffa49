import { isoDate } from '../scenarios.ts'
import { phpEmpty, phpString, upperKeys } from '../params.ts'
import { requireAppContext, type MethodContext } from './context.ts'

type UnregisterResult = { result: true } | { result: false; error: string }

export function connectorUnregister(context: MethodContext): UnregisterResult {
  requireAppContext(context)
  const p = upperKeys(context.params)
  if (phpEmpty(p.ID)) return { result: false, error: "Argument 'ID' is null or empty" }
  const id = phpString(p.ID).toLowerCase()
  const { store, clock } = context
  const connector = store.data.connectors.find((c) => c.id === id)
  if (!connector || connector.kind !== 'rest') {
    return { result: false, error: 'No REST connector with this ID is registered' }
  }
  const lines = store.data.statuses.filter((row) => row.connector === id).map((row) => row.line)
  for (const line of lines) {
    store.deleteRow(id, line)
    store.pushEvent({
      time: isoDate(clock.now()),
      event: 'ONIMCONNECTORSTATUSDELETE',
      data: { connector: id, line },
    })
  }
  store.mutate((data) => {
    data.connectors = data.connectors.filter((c) => c !== connector)
  })
  return { result: true }
}
