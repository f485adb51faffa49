import { isoDate } from './scenarios.ts'
import type { LimitSettings, PortalClock } from './types.ts'

export const DEFAULT_LIMITS: LimitSettings = { burst: 50, drainPerSecond: 2 }
/** Seconds of execution one method may use in the rolling window. */
export const OPERATING_LIMIT_SECONDS = 480
export const OPERATING_WINDOW_MS = 600_000

export interface TimeInfo {
  start: number
  finish: number
  duration: number
  processing: number
  date_start: string
  date_finish: string
  operating_reset_at: number
  operating: number
}

export interface Limits {
  settings(): LimitSettings
  set(settings: LimitSettings): void
  reset(): void
  /** Counts one request into the bucket; false when it would overflow (the request is refused). */
  admit(): boolean
  /** True when the method used more than its operating time in the window. */
  blocked(method: string): boolean
  /** Records a finished call and returns the `time` object for its answer. */
  record(method: string, startMs: number, finishMs: number): TimeInfo
}

export function createLimits(clock: PortalClock, initial: LimitSettings = DEFAULT_LIMITS): Limits {
  let settings = sanitize(initial)
  let level = 0
  let drainedAt = clock.now()
  let operating = new Map<string, { at: number; seconds: number }[]>()

  const drain = () => {
    const now = clock.now()
    const elapsed = Math.max(0, now - drainedAt) / 1000
    level = Math.max(0, level - elapsed * settings.drainPerSecond)
    drainedAt = now
  }

  const window = (method: string) => {
    const since = clock.now() - OPERATING_WINDOW_MS
    const entries = (operating.get(method) ?? []).filter((e) => e.at > since)
    operating.set(method, entries)
    return entries
  }

  return {
    settings: () => ({ ...settings }),
    set(next) {
      drain()
      settings = sanitize(next)
    },
    reset() {
      level = 0
      drainedAt = clock.now()
      operating = new Map()
    },
    admit() {
      drain()
      if (level + 1 > settings.burst) return false
      level += 1
      return true
    },
    blocked(method) {
      return window(method).reduce((sum, e) => sum + e.seconds, 0) > OPERATING_LIMIT_SECONDS
    },
    record(method, startMs, finishMs) {
      const seconds = Math.max(0, finishMs - startMs) / 1000
      const entries = window(method)
      entries.push({ at: finishMs, seconds })
      const used = entries.reduce((sum, e) => sum + e.seconds, 0)
      const oldest = entries[0]?.at ?? finishMs
      return {
        start: startMs / 1000,
        finish: finishMs / 1000,
        duration: seconds,
        processing: seconds,
        date_start: isoDate(startMs),
        date_finish: isoDate(finishMs),
        operating_reset_at: Math.ceil((oldest + OPERATING_WINDOW_MS) / 1000),
        operating: round(used),
      }
    },
  }
}

function sanitize(settings: LimitSettings): LimitSettings {
  const burst = Number.isFinite(settings.burst) && settings.burst >= 0 ? settings.burst : 50
  const drain =
    Number.isFinite(settings.drainPerSecond) && settings.drainPerSecond >= 0
      ? settings.drainPerSecond
      : 2
  return { burst, drainPerSecond: drain }
}

function round(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e6
}
