import type { BatchOutcome, PortalClient, RestCall } from './client'
import { PortalError, toPortalError } from './errors'
import type { MethodPauses } from './method-pauses'

// The PortalClient a paused method cannot get past: while the portal blocks a method for
// operating time, calls to it fail here at once with the portal's own code and the time the
// app will send it again (decision 005); every other method goes through untouched.

const OPERATION_TIME_LIMIT = 'OPERATION_TIME_LIMIT'

function isOperationLimit(error: PortalError): boolean {
  return error.code.toUpperCase() === OPERATION_TIME_LIMIT
}

function pausedError(resumesAt: number, description = ''): PortalError {
  return new PortalError({ code: OPERATION_TIME_LIMIT, status: 429, description, resumesAt })
}

export function withMethodPauses(client: PortalClient, pauses: MethodPauses): PortalClient {
  /** A portal refusal becomes a pause; the error says when it ends. */
  const refusal = (method: string, error: PortalError) =>
    isOperationLimit(error) ? pausedError(pauses.refused(method), error.description) : error

  return {
    async call(method, params) {
      const until = pauses.pausedUntil(method)
      if (until !== undefined) throw pausedError(until)
      try {
        return await client.call(method, params)
      } catch (error) {
        throw refusal(method, toPortalError(error))
      }
    },
    async batch(calls) {
      // Paused commands are answered here; the rest still travel together.
      const outcomes: (BatchOutcome | undefined)[] = calls.map((call) => {
        const until = pauses.pausedUntil(call.method)
        return until === undefined ? undefined : { ok: false, error: pausedError(until) }
      })
      const toSend: { index: number; call: RestCall }[] = []
      calls.forEach((call, index) => {
        if (!outcomes[index]) toSend.push({ index, call })
      })
      if (toSend.length > 0) {
        const sent = await client.batch(toSend.map(({ call }) => call))
        toSend.forEach(({ index, call }, position) => {
          const outcome = sent[position]
          outcomes[index] =
            outcome && !outcome.ok
              ? { ok: false, error: refusal(call.method, outcome.error) }
              : outcome
        })
      }
      return outcomes.map(
        (outcome) =>
          outcome ?? {
            ok: false,
            error: new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 }),
          },
      )
    },
  }
}
