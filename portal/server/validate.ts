// Readers for control-API bodies. Everything from the wire is `unknown` until one of these has
// looked at it; each failure names the field and what was expected, so a 400 is self-explanatory.

export class BadRequestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BadRequestError'
  }
}

export type Fields = Record<string, unknown>

/** Parses a control body: empty → `{}`; otherwise it must be a JSON object. */
export function parseJsonObject(text: string, contentType: string | undefined): Fields {
  if (text.trim() === '') return {}
  // Requiring JSON keeps other origins (the app under test among them) from driving the
  // portal with "simple" cross-origin form posts that skip the CORS preflight.
  if (!contentType || !/^application\/json\b/i.test(contentType)) {
    throw new BadRequestError('Send the body as JSON with Content-Type: application/json')
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new BadRequestError('The body is not valid JSON')
  }
  if (!isPlainObject(value)) throw new BadRequestError('The body must be a JSON object')
  return value
}

export function isPlainObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function onlyKnownFields(body: Fields, known: readonly string[], where = 'body'): void {
  const unknown = Object.keys(body).filter((key) => !known.includes(key))
  if (unknown.length > 0) {
    throw new BadRequestError(
      `Unknown field${unknown.length > 1 ? 's' : ''} in the ${where}: ${unknown.map((k) => `"${k}"`).join(', ')}` +
        ` (expected ${known.map((k) => `"${k}"`).join(', ')})`,
    )
  }
}

export function optionalBoolean(body: Fields, key: string): boolean | undefined {
  const value = body[key]
  if (value === undefined) return undefined
  if (typeof value !== 'boolean') throw new BadRequestError(`"${key}" must be true or false`)
  return value
}

export function optionalInteger(
  body: Fields,
  key: string,
  min: number,
  max: number,
): number | undefined {
  const value = body[key]
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new BadRequestError(`"${key}" must be an integer from ${min} to ${max}`)
  }
  return value
}

export function requiredInteger(body: Fields, key: string, min: number, max: number): number {
  const value = optionalInteger(body, key, min, max)
  if (value === undefined) throw new BadRequestError(`"${key}" is required`)
  return value
}

export function requiredNumber(body: Fields, key: string, min: number, max: number): number {
  const value = body[key]
  if (value === undefined) throw new BadRequestError(`"${key}" is required`)
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new BadRequestError(`"${key}" must be a number from ${min} to ${max}`)
  }
  return value
}

export function optionalNumber(
  body: Fields,
  key: string,
  min: number,
  max: number,
): number | undefined {
  return body[key] === undefined ? undefined : requiredNumber(body, key, min, max)
}

export function optionalString(
  body: Fields,
  key: string,
  options: { maxLength?: number; pattern?: RegExp; hint?: string } = {},
): string | undefined {
  const value = body[key]
  if (value === undefined) return undefined
  const maxLength = options.maxLength ?? 200
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw new BadRequestError(
      `"${key}" must be a non-empty string of at most ${maxLength} characters`,
    )
  }
  if (options.pattern && !options.pattern.test(value)) {
    throw new BadRequestError(`"${key}" ${options.hint ?? `must match ${String(options.pattern)}`}`)
  }
  return value
}

export function requiredString(
  body: Fields,
  key: string,
  options: { maxLength?: number; pattern?: RegExp; hint?: string } = {},
): string {
  const value = optionalString(body, key, options)
  if (value === undefined) throw new BadRequestError(`"${key}" is required`)
  return value
}

export function oneOf<T extends string>(
  body: Fields,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const value = body[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new BadRequestError(`"${key}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`)
  }
  return value as T
}
