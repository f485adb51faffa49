import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { startLocalPortal } from '../../../portal/server/start'

/** Builds the app, starts the portal and the built app on free ports, fresh data each run. */
export default async function globalSetup() {
  if (!process.env.E2E_SKIP_BUILD) {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' })
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'switchboard-e2e-'))
  const running = await startLocalPortal({
    portalPort: 0,
    appPort: 0,
    app: 'dist',
    dataDir,
    reset: 'demo',
    quiet: true,
  })
  process.env.PORTAL_URL = running.portalUrl
  process.env.APP_URL = running.appUrl
  console.log(`\n  e2e: portal ${running.portalUrl}  app ${running.appUrl}  data ${dataDir}\n`)
  return async () => {
    await running.close()
  }
}
