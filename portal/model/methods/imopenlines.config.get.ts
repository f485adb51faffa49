import { RestError } from '../errors.ts'
import { configQueueField, lineConfig, queueFields } from '../line-config.ts'
import { phpEmpty, phpIntval, upperKeys } from '../params.ts'
import type { MethodContext } from './context.ts'

export function configGet({ params, store }: MethodContext): Record<string, unknown> {
  const p = upperKeys(params)
  if (phpEmpty(p.CONFIG_ID)) {
    throw new RestError('CONFIG_ID_EMPTY', { status: 400, description: 'Config ID can`t be empty' })
  }
  const id = String(phpIntval(p.CONFIG_ID))
  const line = store.data.lines.find((l) => l.ID === id)
  if (!line) throw new RestError('CONFIG_NOT_FOUND', { description: 'Config not found' })
  const session = store.data.session
  const name = `${session.userName} ${session.userLastName}`.trim()
  return {
    ...lineConfig(line),
    ...queueFields(session.userId, name),
    ...configQueueField(session.userId),
  }
}
