// Parameter helpers that reproduce how PHP sees the request: the portal's answers depend on
// PHP's isset()/empty()/(int) semantics, not on JavaScript truthiness.
import qs from 'qs'

export type Params = Record<string, unknown>

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What PHP calls an array: a list or a map. */
export function isPhpArray(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null
}

/** PHP `empty()`: "", "0", 0, 0.0, false, null, undefined and empty arrays are empty; "N" is not. */
export function phpEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true
  if (value === '' || value === '0') return true
  if (typeof value === 'number') return value === 0
  if (Array.isArray(value)) return value.length === 0
  if (isRecord(value)) return Object.keys(value).length === 0
  return false
}

/** PHP `isset()` on an already-read value: absent and null are both "not set". */
export function phpIsset(value: unknown): boolean {
  return value !== undefined && value !== null
}

/** PHP `(int)`: leading integer of a string, truncation of a number, 0 for anything else. */
export function phpIntval(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') {
    const match = /^\s*([+-]?\d+)/.exec(value)
    if (!match?.[1]) return 0
    const parsed = Number.parseInt(match[1], 10)
    return Number.isSafeInteger(parsed) ? parsed : 0
  }
  if (Array.isArray(value)) return value.length > 0 ? 1 : 0
  if (isRecord(value)) return Object.keys(value).length > 0 ? 1 : 0
  return 0
}

/** PHP string conversion of a scalar; arrays become "Array" as PHP would (with a notice). */
export function phpString(value: unknown): string {
  if (value === undefined || value === null || value === false) return ''
  if (value === true) return '1'
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return 'Array'
}

/** `array_change_key_case($params, CASE_UPPER)`: later keys win on collisions, as in PHP. */
export function upperKeys(value: unknown): Params {
  const out: Params = {}
  if (!isPhpArray(value)) return out
  for (const [key, v] of Object.entries(value)) out[key.toUpperCase()] = v
  return out
}

export function lowerKeys(value: unknown): Params {
  const out: Params = {}
  if (!isPhpArray(value)) return out
  for (const [key, v] of Object.entries(value)) out[key.toLowerCase()] = v
  return out
}

/** Params as a plain object with every token removed (for handlers and the log). */
export function withoutTokens(params: unknown): Params {
  const out: Params = {}
  if (!isRecord(params)) return out
  for (const [key, v] of Object.entries(params)) {
    const lower = key.toLowerCase()
    if (lower === 'auth' || lower === 'access_token') continue
    out[key] = v
  }
  return out
}

/** Lower-cased method name without the optional `.json` transport suffix. */
export function normalizeMethod(method: unknown): string {
  const name = typeof method === 'string' ? method.trim().toLowerCase() : ''
  return name.endsWith('.json') ? name.slice(0, -'.json'.length) : name
}

/** One batch command, `method?url-encoded params`, the way the PHP side parses it. */
export function parseCommand(command: unknown): { method: string; params: Params } {
  const text = typeof command === 'string' ? command : ''
  const at = text.indexOf('?')
  const method = normalizeMethod(at === -1 ? text : text.slice(0, at))
  const query = at === -1 ? '' : text.slice(at + 1)
  // PHP has no 20-item list limit and nests deeply: mirror it so long selects stay lists.
  const parsed = qs.parse(query, { depth: 32, arrayLimit: 10_000, parameterLimit: 10_000 })
  return { method, params: withoutTokens(parsed) }
}
