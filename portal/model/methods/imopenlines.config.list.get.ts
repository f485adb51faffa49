import { RestError } from '../errors.ts'
import { configQueueField, lineConfig, queueFields } from '../line-config.ts'
import { isPhpArray, isRecord, lowerKeys, phpString, upperKeys } from '../params.ts'
import type { MethodContext } from './context.ts'

export const DEFAULT_LIMIT = 50
export const MAX_LIMIT = 200
const KNOWN_OPTIONS = ['QUEUE', 'CONFIG_QUEUE', 'CHECK_PERMISSION']

function invalid(description: string): RestError {
  return new RestError('INVALID_FORMAT', { description })
}

function wrongParam(field: string): RestError {
  return invalid(`A wrong format for the PARAMS field '${field}' is passed`)
}

export function configListGet({ params, store }: MethodContext): unknown[] {
  const top = upperKeys(params)
  const rawParams = top.PARAMS ?? {}
  const rawOptions = top.OPTIONS ?? {}
  if (!isPhpArray(rawParams) && rawParams !== '')
    throw invalid('A wrong format for the PARAMS is passed')
  if (!isPhpArray(rawOptions) && rawOptions !== '')
    throw invalid('A wrong format for the OPTIONS is passed')
  const p = lowerKeys(rawParams)
  const options = upperKeys(rawOptions)

  const unsupported = Object.keys(options).filter((k) => !KNOWN_OPTIONS.includes(k))
  if (unsupported.length > 0) {
    throw invalid(`Unsupported OPTIONS fields are passed: ${unsupported.join(', ')}`)
  }

  const select = parseSelect(p.select)
  const order = parseOrder(p.order)
  const filter = parseFilter(p.filter)
  const limit = parseCount(p.limit, 'limit', DEFAULT_LIMIT)
  const offset = parseCount(p.offset, 'offset', 0)

  const session = store.data.session
  const permission = phpString(options.CHECK_PERMISSION).toUpperCase()
  // Without the right to change lines, a MODIFY check leaves nothing; VIEW leaves everything.
  if (permission === 'MODIFY' && !session.isAdmin) return []

  const configs = store.data.lines.map(lineConfig).filter((c) => filter(c))
  configs.sort(order)
  // `limit: 0` would make "page shorter than limit" never true: treat it as the default.
  const page = configs.slice(
    offset,
    offset + Math.min(limit === 0 ? DEFAULT_LIMIT : limit, MAX_LIMIT),
  )

  const withQueue = phpString(options.QUEUE).toUpperCase() === 'Y'
  const withConfigQueue = phpString(options.CONFIG_QUEUE).toUpperCase() === 'Y'
  const userName = `${session.userName} ${session.userLastName}`.trim()
  return page.map((config) => ({
    ...(select ? pickFields(config, select) : config),
    ...(withQueue ? queueFields(session.userId, userName) : {}),
    ...(withConfigQueue ? configQueueField(session.userId) : {}),
  }))
}

function parseSelect(value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (!isPhpArray(value)) throw wrongParam('select')
  const fields = Object.values(value)
  if (!fields.every((f) => typeof f === 'string')) throw wrongParam('select')
  const upper = fields.map((f) => f.toUpperCase())
  return upper.includes('*') || upper.length === 0 ? undefined : upper
}

function pickFields(config: Record<string, string>, fields: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const field of fields) {
    const value = config[field]
    if (value !== undefined) out[field] = value
  }
  return out
}

type Compare = (a: Record<string, string>, b: Record<string, string>) => number

function parseOrder(value: unknown): Compare {
  const byId: Compare = (a, b) => compareValues(a.ID ?? '', b.ID ?? '')
  if (value === undefined || value === null || value === '') return byId
  if (!isRecord(value)) throw wrongParam('order')
  const keys: [string, number][] = []
  for (const [field, direction] of Object.entries(value)) {
    const dir = typeof direction === 'string' ? direction.toLowerCase() : ''
    if (dir !== 'asc' && dir !== 'desc') throw wrongParam('order')
    keys.push([field.toUpperCase(), dir === 'asc' ? 1 : -1])
  }
  return (a, b) => {
    for (const [field, sign] of keys) {
      const diff = compareValues(a[field] ?? '', b[field] ?? '')
      if (diff !== 0) return diff * sign
    }
    return byId(a, b)
  }
}

function compareValues(a: string, b: string): number {
  const na = Number(a)
  const nb = Number(b)
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb
  return a < b ? -1 : a > b ? 1 : 0
}

/** Bitrix ORM filter keys: `FIELD`, `=FIELD`, `!FIELD`, `%FIELD`, `>FIELD`, `>=FIELD`… */
function parseFilter(value: unknown): (config: Record<string, string>) => boolean {
  if (value === undefined || value === null || value === '') return () => true
  if (!isRecord(value)) throw wrongParam('filter')
  const tests = Object.entries(value).map(([rawKey, expected]) => {
    const match = /^(>=|<=|!=|!%|=|!|%|>|<)?(.+)$/.exec(rawKey)
    const op = match?.[1] ?? '='
    const field = (match?.[2] ?? rawKey).toUpperCase()
    if (isRecord(expected)) throw wrongParam('filter')
    const wanted = Array.isArray(expected) ? expected.map(phpString) : [phpString(expected)]
    return (config: Record<string, string>) => {
      const actual = config[field]
      if (actual === undefined) return false
      switch (op) {
        case '!':
        case '!=':
          return !wanted.includes(actual)
        case '%':
          return wanted.some((w) => actual.toLowerCase().includes(w.toLowerCase()))
        case '!%':
          return !wanted.some((w) => actual.toLowerCase().includes(w.toLowerCase()))
        case '>':
          return compareValues(actual, wanted[0] ?? '') > 0
        case '>=':
          return compareValues(actual, wanted[0] ?? '') >= 0
        case '<':
          return compareValues(actual, wanted[0] ?? '') < 0
        case '<=':
          return compareValues(actual, wanted[0] ?? '') <= 0
        default:
          return wanted.includes(actual)
      }
    }
  })
  return (config) => tests.every((test) => test(config))
}

function parseCount(value: unknown, field: 'limit' | 'offset', fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback
  const ok =
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) ||
    (typeof value === 'string' && /^\d{1,15}$/.test(value))
  if (!ok) throw invalid(`A non-negative integer is expected in the PARAMS field '${field}'`)
  return Number(value)
}
