import { phpEmpty, phpString, upperKeys } from '../params.ts'
import { requireAppContext, type MethodContext } from './context.ts'

type RegisterResult = { result: true } | { result: false; error: string }

/** Failures come back inside a 200 (`{"result":{"result":false,"error":…}}`), not as errors. */
export function connectorRegister(context: MethodContext): RegisterResult {
  requireAppContext(context)
  const p = upperKeys(context.params)
  const icon = upperKeys(p.ICON)
  for (const [name, value] of [
    ['ID', p.ID],
    ['NAME', p.NAME],
    ['ICON', icon.DATA_IMAGE],
    ['PLACEMENT_HANDLER', p.PLACEMENT_HANDLER],
  ] as const) {
    if (phpEmpty(value)) return { result: false, error: `Argument '${name}' is null or empty` }
  }
  const id = phpString(p.ID).toLowerCase()
  if (id.includes('.')) return { result: false, error: 'The connector ID must not contain dots' }
  const name = phpString(p.NAME)
  const { store } = context
  const existing = store.data.connectors.find((c) => c.id === id)
  if (existing?.kind === 'builtin') {
    return { result: false, error: 'A built-in connector with this ID already exists' }
  }
  store.mutate((data) => {
    if (existing) existing.names = { en: name }
    else data.connectors.push({ id, kind: 'rest', names: { en: name } })
  })
  return { result: true }
}
