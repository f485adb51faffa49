import { createAuth } from './auth.ts'
import { runBatch } from './batch.ts'
import { applyFault, runCall, type CallDeps } from './call.ts'
import { systemClock } from './clock.ts'
import { RestError } from './errors.ts'
import { createFaults } from './faults.ts'
import { createLimits, DEFAULT_LIMITS } from './limits.ts'
import { createRequestLog } from './log.ts'
import type { Caller } from './methods/context.ts'
import { isRecord, normalizeMethod, withoutTokens, type Params } from './params.ts'
import { isoDate } from './scenarios.ts'
import { createStore } from './store.ts'
import type {
  LogEntry,
  Portal,
  PortalOptions,
  RestRequest,
  RestResponse,
  SessionSettings,
} from './types.ts'

export function createPortal(options: PortalOptions): Portal {
  const clock = options.clock ?? systemClock
  const store = createStore(options.storage, clock)
  const auth = createAuth(clock, () => ({ memberId: store.data.memberId, domain: options.domain }))
  const limits = createLimits(clock, options.limits ?? DEFAULT_LIMITS)
  const faults = createFaults()
  const requestLog = createRequestLog()
  const deps: CallDeps = { store, clock, limits, faults }

  const errorResponse = (error: RestError): RestResponse => ({
    kind: 'json',
    status: error.status,
    body: error.body(),
  })

  const authenticate = (request: RestRequest): Caller | RestError => {
    if (isRecord(request.webhook)) {
      const { userId, secret } = request.webhook
      if (!auth.checkWebhook(String(userId), String(secret))) {
        return new RestError('INVALID_CREDENTIALS')
      }
      return { type: 'webhook', userId: Number(userId) }
    }
    const check = auth.check(tokenOf(request))
    if (!check.ok) return new RestError(check.code)
    return { type: 'oauth', userId: check.userId }
  }

  const handle = async (
    request: RestRequest,
    method: string,
    params: Params,
  ): Promise<{ response: RestResponse; commands?: LogEntry['commands'] }> => {
    const caller = authenticate(request)
    if (caller instanceof RestError) return { response: errorResponse(caller) }
    if (!limits.admit()) return { response: errorResponse(new RestError('QUERY_LIMIT_EXCEEDED')) }

    if (method !== 'batch') {
      const outcome = await runCall(deps, method, params, caller, false)
      if (outcome.kind === 'ok') {
        const body = { result: outcome.result, time: outcome.time }
        return { response: { kind: 'json', status: 200, body } }
      }
      if (outcome.kind === 'error') return { response: errorResponse(outcome.error) }
      return { response: outcome }
    }

    // A fault aimed at `batch` hits the whole request before any command runs.
    const startMs = clock.now()
    // Rules without a method reach every command inside instead, never the batch itself.
    const fault = await applyFault(deps, faults.take(method, params, true))
    if (fault) return { response: fault.kind === 'error' ? errorResponse(fault.error) : fault }
    const outcome = await runBatch(deps, params, caller)
    if (outcome.kind !== 'ok') {
      const { commands, ...response } = outcome
      return { response, commands }
    }
    const time = limits.record('batch', startMs, clock.now())
    return {
      response: { kind: 'json', status: 200, body: { result: outcome.result, time } },
      commands: outcome.commands,
    }
  }

  const rest = async (untrusted: RestRequest): Promise<RestResponse> => {
    const request: RestRequest = isRecord(untrusted) ? untrusted : { method: '', params: {} }
    const method = normalizeMethod(request.method)
    const params = withoutTokens(request.params)
    let response: RestResponse
    let commands: LogEntry['commands']
    try {
      ;({ response, commands } = await store.transaction(() => handle(request, method, params)))
    } catch {
      // Nothing may escape rest(): a bug here answers like a crashed PHP backend.
      response = errorResponse(new RestError('INTERNAL_SERVER_ERROR'))
    }
    requestLog.add(logEntry(method, params, response, commands))
    return response
  }

  const logEntry = (
    method: string,
    params: Params,
    response: RestResponse,
    commands: LogEntry['commands'],
  ): LogEntry => {
    const entry: LogEntry = {
      time: isoDate(clock.now()),
      method,
      params: safeCopy(params),
      status: 0,
    }
    if (response.kind === 'json') {
      entry.status = response.status
      const body = response.body
      if (isRecord(body) && typeof body.error === 'string') entry.error = body.error
    } else if (response.kind === 'raw') {
      entry.status = response.status
      entry.error = 'MALFORMED_RESPONSE'
    } else {
      entry.error = 'NETWORK_ERROR'
    }
    if (commands) entry.commands = safeCopy(commands)
    return entry
  }

  const session = () => store.data.session

  return {
    rest,
    issueAuth: () => auth.issue(session().userId, session().authExpires),
    refreshAuth: (refreshToken) => auth.refresh(String(refreshToken), session().authExpires),
    expireTokens: () => auth.expireAll(),
    createWebhook: () => auth.createWebhook(session().userId),

    reset(resetOptions) {
      store.reset(resetOptions)
      limits.reset()
    },
    flush: () => store.flush(),
    snapshot() {
      const data = structuredClone(store.data)
      return {
        scenario: data.scenario,
        lines: data.lines,
        connectors: data.connectors,
        statuses: data.statuses,
        session: data.session,
        app: data.app,
        limits: limits.settings(),
        faults: faults.list(),
        events: data.events,
      }
    },
    settings() {
      const { scenario, session, app } = store.data
      return {
        ...structuredClone({ scenario, session, app }),
        limits: limits.settings(),
        faults: faults.list(),
      }
    },
    data: () => structuredClone(store.data),
    setSession(patch) {
      store.mutate((data) => {
        data.session = { ...data.session, ...sanitizeSession(patch) }
      })
      return { ...store.data.session }
    },

    setFaults: (rules) => faults.set(Array.isArray(rules) ? rules : []),
    clearFaults: () => faults.clear(),
    setLimits: (next) => limits.set(next),

    log: () => requestLog.list(),
    clearLog: () => requestLog.clear(),

    setInstalled(installed) {
      store.mutate((data) => {
        data.app.installed = installed === true
      })
    },
    setAppOption(name, value) {
      store.mutate((data) => {
        data.app.options = withOption(data.app.options, name, value)
      })
      return structuredClone(store.data.app.options)
    },
    setUserOption(name, value) {
      store.mutate((data) => {
        data.app.userOptions = withOption(data.app.userOptions, name, value)
      })
      return structuredClone(store.data.app.userOptions)
    },
  }
}

function tokenOf(request: RestRequest): string | undefined {
  if (typeof request.token === 'string' && request.token !== '') return request.token
  const params: unknown = request.params
  if (!isRecord(params)) return undefined
  for (const [key, value] of Object.entries(params)) {
    const lower = key.toLowerCase()
    if (
      (lower === 'auth' || lower === 'access_token') &&
      typeof value === 'string' &&
      value !== ''
    ) {
      return value
    }
  }
  return undefined
}

/** Only JSON survives the log and the data file: functions, cycles and undefined do not. */
function safeCopy<T>(value: T): T {
  try {
    return JSON.parse(JSON.stringify(value)) as T
  } catch {
    return {} as T
  }
}

function withOption(options: Record<string, unknown>, name: string, value: unknown) {
  const key = String(name)
  const next = Object.fromEntries(Object.entries(options).filter(([k]) => k !== key))
  if (value !== undefined) next[key] = safeCopy(value)
  return next
}

/** The control panel sends whatever a form produced: keep only well-typed fields. */
function sanitizeSession(patch: Partial<SessionSettings>): Partial<SessionSettings> {
  const out: Partial<SessionSettings> = {}
  if (!isRecord(patch)) return out
  if (typeof patch.lang === 'string' && patch.lang.trim() !== '') {
    out.lang = patch.lang.trim().toLowerCase()
  }
  if (typeof patch.isAdmin === 'boolean') out.isAdmin = patch.isAdmin
  if (typeof patch.canModifyConnectors === 'boolean') {
    out.canModifyConnectors = patch.canModifyConnectors
  }
  if (
    typeof patch.authExpires === 'number' &&
    Number.isFinite(patch.authExpires) &&
    patch.authExpires > 0
  ) {
    out.authExpires = Math.floor(patch.authExpires)
  }
  if (typeof patch.userId === 'number' && Number.isSafeInteger(patch.userId) && patch.userId > 0) {
    out.userId = patch.userId
  }
  if (typeof patch.userName === 'string') out.userName = patch.userName
  if (typeof patch.userLastName === 'string') out.userLastName = patch.userLastName
  return out
}
