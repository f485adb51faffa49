import { readdirSync, readFileSync } from 'node:fs'

// A Chromium just launched keeps working for a second or more after its first tab opens: it
// loads its own pages then (the omnibox popup's WebUI alone is some 260 requests in a
// renderer of its own). On this two-core machine that took ~1.7 cores for ~1.3 s, and a
// load timed inside that window measured Chromium's start-up as much as the app — 400 ms of
// the median first rows at 1,000 × 40. A user's browser is long started when the portal
// opens the app, so the measuring scripts wait for it to go quiet first.

/** Linux's USER_HZ: the unit of the CPU times in /proc/<pid>/stat. */
const TICKS_PER_SECOND = 100
/** Where Chromium's processes cannot be read, the start-up is waited out by the clock. */
const BLIND_WAIT_MS = 3_000

interface ProcessTimes {
  parent: number
  name: string
  /** CPU time used so far, in ms. */
  cpuMs: number
}

/** Every process's parent, name and CPU time from /proc; undefined where there is none. */
function readProcesses(): Map<number, ProcessTimes> | undefined {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return undefined
  }
  const processes = new Map<number, ProcessTimes>()
  for (const pid of pids) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      continue // gone since the directory was read
    }
    // "pid (comm) state ppid …": comm may hold spaces, so the fields are counted from its ")".
    const close = stat.lastIndexOf(')')
    const fields = stat.slice(close + 2).split(' ')
    // The first field after ")" is the 3rd: ppid is the 4th, utime and stime the 14th and 15th.
    processes.set(Number(pid), {
      parent: Number(fields[1]),
      name: stat.slice(stat.indexOf('(') + 1, close),
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
    })
  }
  return processes
}

/**
 * CPU time, in ms, of each Chromium process this script started (its descendants named
 * chrom…; another browser on the machine is not ours to wait for). Undefined without /proc
 * or without any such process.
 */
function ourChromiumCpuMs(): Map<number, number> | undefined {
  const processes = readProcesses()
  if (!processes) return undefined
  const ours = (pid: number) => {
    for (let at = processes.get(pid)?.parent; at !== undefined && at > 1;) {
      if (at === process.pid) return true
      at = processes.get(at)?.parent
    }
    return false
  }
  const times = new Map<number, number>()
  for (const [pid, { name, cpuMs }] of processes)
    if (name.startsWith('chrom') && ours(pid)) times.set(pid, cpuMs)
  return times.size > 0 ? times : undefined
}

/**
 * The CPU time used between two readings. Counted per process: a process that exits takes
 * its time out of a plain sum, which then looked quiet while the rest were busy; one that
 * started since counts whole, which only errs towards waiting.
 */
function usedBetween(before: Map<number, number>, now: Map<number, number>): number {
  let used = 0
  for (const [pid, cpuMs] of now) used += Math.max(0, cpuMs - (before.get(pid) ?? 0))
  return used
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
 * Resolves once the Chromium processes this script started used at most `busyMs` of CPU
 * over a `windowMs` span, and says how long that took. Call it after opening the tab a measurement
 * will use and before anything is timed in it.
 */
export async function untilChromiumIsQuiet({
  windowMs = 250,
  busyMs = 25,
  timeoutMs = 10_000,
}: QuietOptions = {}): Promise<number> {
  const started = Date.now()
  const first = ourChromiumCpuMs()
  if (first === undefined) {
    console.warn(`Chromium's processes cannot be read here: waiting ${BLIND_WAIT_MS} ms instead`)
    await sleep(BLIND_WAIT_MS)
    return Date.now() - started
  }
  let before = first
  for (;;) {
    await sleep(windowMs)
    const now = ourChromiumCpuMs() ?? new Map<number, number>()
    if (usedBetween(before, now) <= busyMs) return Date.now() - started
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
