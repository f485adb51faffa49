/**
 * When the rows reads created (`Portal.flush`) are written. The write is the whole data
 * file, ~60 ms of the server's one thread at 1,000 × 40, and every answer in flight waits
 * for it; so it waits for a pause in the requests, and only while they keep coming without
 * one does it go after `maxDelayMs`. Those rows are what a read would create again, so a
 * crash before the write loses nothing a client can see.
 */
export interface WriteBehind {
  /** A request arrived. */
  requested(): void
  /** Whether to write now. */
  due(): boolean
  /** The write happened. */
  wrote(): void
}

export function createWriteBehind(options: {
  now: () => number
  /** How long without requests counts as a pause. */
  quietMs: number
  /** The longest a write waits for a pause. */
  maxDelayMs: number
}): WriteBehind {
  const { now, quietMs, maxDelayMs } = options
  let lastRequest = -Infinity
  let lastWrite = now()
  return {
    requested() {
      lastRequest = now()
    },
    due() {
      const at = now()
      return at - lastRequest >= quietMs || at - lastWrite >= maxDelayMs
    },
    wrote() {
      lastWrite = now()
    },
  }
}
