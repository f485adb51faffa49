import { chromium, type Browser, type Page } from '@playwright/test'
import { fork } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { setPriority } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/support/chromium.ts'
import { PortalControl } from '../../test/e2e/support/portal-control.ts'
import type { PortalProcessReady } from './portal-process.ts'
import { untilChromiumIsQuiet } from './quiet-chromium.ts'

// What the measuring scripts (bench, soak) share: the built app served inside a local
// portal on free ports with fresh data, and Debian's Chromium to drive it.

export const ROOT = resolve(import.meta.dirname, '../..')

/** The highest nice value: under contention the process gets a small share of a core. */
const LOWEST_PRIORITY = 19

export interface AppInPortal {
  portalUrl: string
  appUrl: string
  control: PortalControl
  close(): Promise<void>
}

/**
 * Builds the app (unless told not to) and starts the portal around it in a process of its
 * own (portal-process.ts says why).
 */
export async function startAppInPortal(options: {
  skipBuild: boolean
  name: string
}): Promise<AppInPortal> {
  if (!options.skipBuild)
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' })
  // The child inherits this process's execArgv: tsx's loader, so it runs TypeScript too.
  const child = fork(join(import.meta.dirname, 'portal-process.ts'), [options.name], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const ready = await new Promise<PortalProcessReady>((done, fail) => {
    child.once('message', (message) => done(message as PortalProcessReady))
    child.once('exit', (code) =>
      fail(new Error(`the portal process exited (${code}) before it listened`)),
    )
  })
  // A cloud portal answers from its own machines; here it shares two cores with the browser
  // being measured. At the lowest priority it still gets every idle moment and only a small
  // share of a contended core: each switch makes it write its whole data file (about 40 ms at
  // 1,000 × 40), and a trace had the renderer's tasks waiting for a core then (decision 008).
  // Its answers may wait for a core in turn, which a remote portal's would not.
  if (child.pid !== undefined) lowerPriority(child.pid)
  return {
    ...ready,
    control: new PortalControl(ready.portalUrl),
    async close() {
      if (child.connected) child.disconnect()
      await exited
    },
  }
}

/**
 * Every thread of the process at the lowest priority: Linux keeps a nice value per thread,
 * and threads started before the change keep theirs. Where /proc is missing, the process.
 * A refusal is reported and the measurement goes on.
 */
function lowerPriority(pid: number) {
  let threads: number[]
  try {
    threads = readdirSync(`/proc/${pid}/task`).map(Number)
  } catch {
    threads = [pid]
  }
  try {
    for (const thread of threads) setPriority(thread, LOWEST_PRIORITY)
  } catch (error) {
    console.warn("Could not lower the local portal's CPU priority:", error)
  }
}

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] })
}

/**
 * A new tab, handed over once the browser's own start-up work is done (quiet-chromium.ts):
 * what is timed in it is the app, in a browser as settled as a user's.
 */
export async function openTab(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage({ viewport })
  await untilChromiumIsQuiet()
  return page
}

/** `--name=value` from the command line. */
export function argument(argv: string[], name: string): string | undefined {
  return argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
}
