import { readdirSync, readFileSync } from 'node:fs'

// A Chromium just launched keeps working for a second or more after its first tab opens: it
// loads its own pages then (the omnibox popup's WebUI alone is some 260 requests in a
// renderer of its own). On this two-core machine that took ~1.7 cores for ~1.3 s, and a
// load timed inside that window measured Chromium's start-up as much as the app — 400 ms of
// the median first rows at 1,000 × 40. A user's browser is long started when the portal
// opens the app, so the measuring scripts wait for it to go quiet first.

/** Linux's USER_HZ: the unit of the CPU times in /proc/<pid>/stat. */
const TICKS_PER_SECOND = 100
/** Where there is no /proc to read, the start-up is waited out by the clock. */
const BLIND_WAIT_MS = 3_000

/** CPU time, in ms, that every Chromium process running now has used; undefined without /proc. */
function chromiumCpuMs(): number | undefined {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return undefined
  }
  let ticks = 0
  for (const pid of pids) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      continue // gone since the directory was read
    }
    // "pid (comm) state ppid …": comm may hold spaces, so the fields are counted from its ")".
    const close = stat.lastIndexOf(')')
    if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('chrom')) continue
    const fields = stat.slice(close + 2).split(' ')
    // utime and stime are the 14th and 15th fields; the first one after ")" is the 3rd.
    ticks += Number(fields[11]) + Number(fields[12])
  }
  return (ticks * 1000) / TICKS_PER_SECOND
}

export interface QuietOptions {
  /** The span over which Chromium's CPU use is judged. */
  windowMs?: number
  /** At most this much CPU time over one window counts as quiet (10 % of a core by default). */
  busyMs?: number
  /** Past this, go ahead anyway (and say so). */
  timeoutMs?: number
}

/**
 * Resolves once the Chromium processes on this machine used at most `busyMs` of CPU over a
 * `windowMs` span, and says how long that took. Call it after opening the tab a measurement
 * will use and before anything is timed in it.
 */
export async function untilChromiumIsQuiet({
  windowMs = 250,
  busyMs = 25,
  timeoutMs = 10_000,
}: QuietOptions = {}): Promise<number> {
  const started = Date.now()
  const first = chromiumCpuMs()
  if (first === undefined) {
    await sleep(BLIND_WAIT_MS)
    return Date.now() - started
  }
  let before = first
  for (;;) {
    await sleep(windowMs)
    const now: number = chromiumCpuMs() ?? before
    if (now - before <= busyMs) return Date.now() - started
    if (Date.now() - started >= timeoutMs) {
      console.warn(`Chromium was still busy ${timeoutMs} ms after the tab opened; measuring anyway`)
      return Date.now() - started
    }
    before = now
  }
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
