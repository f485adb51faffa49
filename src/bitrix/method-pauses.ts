// OPERATION_TIME_LIMIT is per method: the portal adds up how long each method ran in
// one-minute buckets over the last 10 minutes and, past its limit, refuses that method
// alone until enough buckets have left the window. Its refusal says nothing of when; the
// last successful answer's `time.operating_reset_at` says when the oldest bucket leaves.
// This bookkeeping turns those two into "paused until" per method (decision 005).

export interface PauseClock {
  now(): number
}

export interface MethodPauses {
  /** A successful answer of `method` and its `time` object (whatever shape it came in). */
  answered(method: string, time: unknown): void
  /** The portal refused `method` with OPERATION_TIME_LIMIT: pauses it; returns when it resumes. */
  refused(method: string): number
  /** When `method` resumes, while it is paused; undefined when it may be sent. */
  pausedUntil(method: string): number | undefined
}

/** The portal counts execution time over this window, so a block never outlasts it. */
export const OPERATING_WINDOW_MS = 600_000
/** The window moves a one-minute bucket at a time. */
export const OPERATING_BUCKET_MS = 60_000
/** The reset time is given in whole seconds; a second more makes sure it has passed. */
const RESET_MARGIN_MS = 1_000

export const systemPauseClock: PauseClock = { now: () => Date.now() }

export function createMethodPauses(clock: PauseClock = systemPauseClock): MethodPauses {
  /** The latest `operating_reset_at` seen per method, in ms. */
  const resets = new Map<string, number>()
  /** Methods paused (or paused before and not answered since), and until when. */
  const pauses = new Map<string, number>()

  return {
    answered(method, time) {
      const key = method.toLowerCase()
      pauses.delete(key)
      const resetAt = operatingResetAt(time)
      if (resetAt !== undefined) resets.set(key, resetAt)
    },
    refused(method) {
      const key = method.toLowerCase()
      const now = clock.now()
      const reset = resets.get(key)
      const current = pauses.get(key)
      let until: number
      if (current !== undefined && current > now) {
        // A call sent before the pause began, refused too: the pause stands as it is.
        until = current
      } else if (current !== undefined) {
        // Refused again after a pause ran out: the bucket that left was not enough, and the
        // next one leaves at most a minute later.
        until = now + OPERATING_BUCKET_MS
      } else if (reset !== undefined && reset > now) {
        until = reset + RESET_MARGIN_MS
      } else {
        // Nothing known: whatever is counted now has left the window 10 minutes from now.
        until = now + OPERATING_WINDOW_MS
      }
      pauses.set(key, until)
      return until
    },
    pausedUntil(method) {
      const until = pauses.get(method.toLowerCase())
      return until !== undefined && until > clock.now() ? until : undefined
    },
  }
}

/** `time.operating_reset_at` (seconds since the epoch) in ms, when the answer carried one. */
function operatingResetAt(time: unknown): number | undefined {
  if (typeof time !== 'object' || time === null) return undefined
  const value = (time as Record<string, unknown>).operating_reset_at
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value * 1000 : undefined
}
