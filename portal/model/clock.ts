import type { PortalClock } from './types.ts'

export const systemClock: PortalClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
}

export interface ManualClock extends PortalClock {
  /** Moves time forward and wakes every sleeper whose deadline has passed. */
  advance(ms: number): void
  set(ms: number): void
  /** Sleepers not yet woken. */
  pending(): number
}

/**
 * A clock for tests. With `autoAdvance` (the default) `sleep` moves time forward at once, so
 * injected latency is measurable without waiting; without it sleepers wait for `advance`.
 */
export function createManualClock(
  startMs = Date.UTC(2025, 0, 15, 9, 0, 0),
  options: { autoAdvance?: boolean } = {},
): ManualClock {
  const autoAdvance = options.autoAdvance ?? true
  let now = startMs
  let sleepers: { at: number; wake: () => void }[] = []

  const wakeDue = () => {
    const due = sleepers.filter((s) => s.at <= now)
    sleepers = sleepers.filter((s) => s.at > now)
    for (const s of due) s.wake()
  }

  return {
    now: () => now,
    sleep(ms) {
      const wait = Math.max(0, ms)
      if (autoAdvance) {
        now += wait
        return Promise.resolve()
      }
      return new Promise((resolve) => {
        sleepers.push({ at: now + wait, wake: resolve })
        wakeDue()
      })
    },
    advance(ms) {
      now += Math.max(0, ms)
      wakeDue()
    },
    set(ms) {
      now = ms
      wakeDue()
    },
    pending: () => sleepers.length,
  }
}
