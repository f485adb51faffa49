import { isRecord } from './params.ts'
import { createPrng, type Prng } from './random.ts'
import type { FaultRule } from './types.ts'

export const NETWORK_ERROR = 'NETWORK_ERROR'
export const MALFORMED_RESPONSE = 'MALFORMED_RESPONSE'

export interface Faults {
  list(): FaultRule[]
  set(rules: FaultRule[]): void
  clear(): void
  /**
   * The first rule that matches this call (and, with `probability`, whose draw hits it);
   * its `times` is counted down (and spent rules dropped). `namedOnly` skips rules without
   * a method (used for the batch request itself).
   */
  take(method: string, params: Record<string, unknown>, namedOnly?: boolean): FaultRule | undefined
}

export function createFaults(): Faults {
  let rules: FaultRule[] = []
  // Kept beside the rules, not in them: rules are cloned out to the control API as JSON.
  let draws = new Map<FaultRule, Prng>()

  const hits = (rule: FaultRule) => {
    const draw = draws.get(rule)
    return draw === undefined || draw() < (rule.probability ?? 1)
  }

  return {
    list: () => structuredClone(rules),
    set(next) {
      rules = structuredClone(next)
        .filter((r) => r.times === undefined || r.times > 0)
        .map(({ hits: _reported, ...rule }) => rule)
      draws = new Map(
        rules
          .filter((r) => r.probability !== undefined)
          .map((r) => [r, createPrng(r.seed ?? 1)] as const),
      )
    },
    clear() {
      rules = []
      draws = new Map()
    },
    take(method, params, namedOnly = false) {
      const rule = rules.find(
        (r) => (!namedOnly || r.method !== undefined) && matches(r, method, params) && hits(r),
      )
      if (!rule) return undefined
      const hit = { ...rule }
      rule.hits = (rule.hits ?? 0) + 1
      if (rule.times !== undefined) {
        rule.times -= 1
        if (rule.times <= 0) rules = rules.filter((r) => r !== rule)
      }
      return hit
    },
  }
}

function matches(rule: FaultRule, method: string, params: Record<string, unknown>): boolean {
  if (rule.method !== undefined && rule.method.trim().toLowerCase() !== method) return false
  if (!rule.match) return true
  const byUpperKey = new Map<string, unknown>()
  for (const [k, v] of Object.entries(params)) byUpperKey.set(k.toUpperCase(), v)
  return Object.entries(rule.match).every(([k, expected]) => {
    const actual = byUpperKey.get(k.toUpperCase())
    if (actual === undefined || actual === null || isRecord(actual) || Array.isArray(actual)) {
      return false
    }
    return String(actual) === String(expected)
  })
}

/** The HTML a broken proxy answers with instead of JSON. */
export const MALFORMED_BODY =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>' +
  '<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response.</p></body></html>\n'
