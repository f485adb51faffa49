import type {
  FaultRule,
  LimitSettings,
  ResetOptions,
  ScenarioName,
  SessionSettings,
} from '../model/types.ts'
import {
  BadRequestError,
  type Fields,
  isPlainObject,
  oneOf,
  onlyKnownFields,
  optionalBoolean,
  optionalInteger,
  optionalNumber,
  optionalString,
  requiredInteger,
  requiredNumber,
  requiredString,
} from './validate.ts'

export const SCENARIOS: readonly ScenarioName[] = ['demo', 'empty', 'large', 'hostile', 'readonly']

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIOS as readonly string[]).includes(value)
}

export function readReset(body: Fields): ResetOptions {
  onlyKnownFields(body, ['scenario', 'lines', 'connectors', 'seed'])
  const scenario = oneOf(body, 'scenario', SCENARIOS)
  if (!scenario)
    throw new BadRequestError(`"scenario" is required (one of ${SCENARIOS.join(', ')})`)
  const lines = optionalInteger(body, 'lines', 0, 5000)
  const connectors = optionalInteger(body, 'connectors', 0, 200)
  const seed = optionalInteger(body, 'seed', 0, 2 ** 31 - 1)
  if ((lines !== undefined || connectors !== undefined) && scenario !== 'large') {
    throw new BadRequestError('"lines" and "connectors" apply to the "large" scenario only')
  }
  return {
    scenario,
    ...(lines !== undefined && { lines }),
    ...(connectors !== undefined && { connectors }),
    ...(seed !== undefined && { seed }),
  }
}

export interface SessionBody {
  patch: Partial<SessionSettings>
  expireNow: boolean
}

export function readSession(body: Fields): SessionBody {
  onlyKnownFields(body, [
    'lang',
    'isAdmin',
    'canModifyConnectors',
    'authExpires',
    'userName',
    'userLastName',
    'expireNow',
  ])
  const patch: Partial<SessionSettings> = {}
  const lang = optionalString(body, 'lang', {
    maxLength: 2,
    pattern: /^[a-z]{2}$/,
    hint: 'must be a two-letter Bitrix language code such as "en", "ru", "de", "la" or "br"',
  })
  if (lang !== undefined) patch.lang = lang
  const isAdmin = optionalBoolean(body, 'isAdmin')
  if (isAdmin !== undefined) patch.isAdmin = isAdmin
  const canModify = optionalBoolean(body, 'canModifyConnectors')
  if (canModify !== undefined) patch.canModifyConnectors = canModify
  const authExpires = optionalInteger(body, 'authExpires', 1, 86400)
  if (authExpires !== undefined) patch.authExpires = authExpires
  const userName = optionalString(body, 'userName', { maxLength: 100 })
  if (userName !== undefined) patch.userName = userName
  const userLastName = optionalString(body, 'userLastName', { maxLength: 100 })
  if (userLastName !== undefined) patch.userLastName = userLastName
  return { patch, expireNow: optionalBoolean(body, 'expireNow') ?? false }
}

const FAULT_FIELDS = [
  'method',
  'match',
  'error',
  'status',
  'description',
  'times',
  'latencyMs',
  'probability',
  'seed',
]

export function readFaults(body: Fields): FaultRule[] {
  onlyKnownFields(body, ['rules'])
  const rules = body.rules
  if (!Array.isArray(rules)) throw new BadRequestError('"rules" must be a list of fault rules')
  if (rules.length > 100) throw new BadRequestError('"rules" may hold at most 100 rules')
  return rules.map((raw: unknown, index) => {
    const where = `rules[${index}]`
    if (!isPlainObject(raw)) throw new BadRequestError(`${where} must be an object`)
    try {
      onlyKnownFields(raw, FAULT_FIELDS, where)
      return readFaultRule(raw)
    } catch (error) {
      if (error instanceof BadRequestError && !error.message.includes(where)) {
        throw new BadRequestError(`${where}: ${error.message}`)
      }
      throw error
    }
  })
}

function readFaultRule(raw: Fields): FaultRule {
  const rule: FaultRule = {}
  const method = optionalString(raw, 'method', {
    maxLength: 100,
    pattern: /^[A-Za-z0-9_.]+$/,
    hint: 'must be a REST method name such as "imconnector.activate"',
  })
  if (method !== undefined) rule.method = method
  const error = optionalString(raw, 'error', {
    maxLength: 100,
    pattern: /^[A-Za-z0-9_]+$/,
    hint: 'must be an error code such as "INTERNAL_SERVER_ERROR"',
  })
  if (error !== undefined) rule.error = error
  const status = optionalInteger(raw, 'status', 100, 599)
  if (status !== undefined) rule.status = status
  const description = optionalString(raw, 'description', { maxLength: 500 })
  if (description !== undefined) rule.description = description
  const times = optionalInteger(raw, 'times', 1, 1_000_000)
  if (times !== undefined) rule.times = times
  const latencyMs = optionalInteger(raw, 'latencyMs', 0, 120_000)
  if (latencyMs !== undefined) rule.latencyMs = latencyMs
  const probability = optionalNumber(raw, 'probability', 0, 1)
  if (probability !== undefined) rule.probability = probability
  const seed = optionalInteger(raw, 'seed', 0, 2 ** 31 - 1)
  if (seed !== undefined) {
    if (probability === undefined)
      throw new BadRequestError('"seed" applies with "probability" only')
    rule.seed = seed
  }
  if (raw.match !== undefined) {
    if (!isPlainObject(raw.match)) throw new BadRequestError('"match" must be an object')
    const match: Record<string, string | number> = {}
    for (const [key, value] of Object.entries(raw.match)) {
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
        throw new BadRequestError(`"match.${key}" must be a string or a number`)
      }
      match[key] = value
    }
    rule.match = match
  }
  if (rule.error === undefined && rule.latencyMs === undefined) {
    throw new BadRequestError('a rule needs "error", "latencyMs" or both')
  }
  return rule
}

export function readLimits(body: Fields): LimitSettings {
  onlyKnownFields(body, ['burst', 'drainPerSecond'])
  return {
    burst: requiredInteger(body, 'burst', 1, 100_000),
    drainPerSecond: requiredNumber(body, 'drainPerSecond', 0.01, 100_000),
  }
}

export interface OptionBody {
  name: string
  value: unknown
}

export function readOption(body: Fields): OptionBody {
  onlyKnownFields(body, ['name', 'value'])
  const name = requiredString(body, 'name', { maxLength: 200 })
  if (!('value' in body)) throw new BadRequestError('"value" is required')
  return { name, value: body.value }
}

export function readRefresh(body: Fields): string {
  onlyKnownFields(body, ['refresh_token'])
  return requiredString(body, 'refresh_token', { maxLength: 500 })
}

export function readApp(body: Fields): { installed: boolean } {
  onlyKnownFields(body, ['installed'])
  const installed = optionalBoolean(body, 'installed')
  if (installed === undefined) throw new BadRequestError('"installed" is required')
  return { installed }
}
