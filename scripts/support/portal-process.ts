// The local portal for the measuring scripts, in a process of its own (forked by
// app-in-portal.ts). A real portal answers from another machine; in the script's own process
// it would share one thread with Playwright, which handles every CDP event the page sends
// while the portal answers it, and the time the app waits for an answer would include the
// harness's work.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalPortal } from '../../portal/server/start.ts'

/** What the child tells its parent once the portal listens. */
export interface PortalProcessReady {
  portalUrl: string
  appUrl: string
}

const name = process.argv[2] ?? 'script'
const running = await startLocalPortal({
  portalPort: 0,
  appPort: 0,
  app: 'dist',
  dataDir: await mkdtemp(join(tmpdir(), `switchboard-${name}-`)),
  reset: 'demo',
  quiet: true,
})
const ready: PortalProcessReady = { portalUrl: running.portalUrl, appUrl: running.appUrl }
process.send?.(ready)
// The parent closes the channel when it is done, or dies: either way the portal goes too.
process.once('disconnect', () => {
  void running.close().then(() => process.exit(0))
})
