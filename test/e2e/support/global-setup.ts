import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { startAppDistServer } from '../../../portal/server/app-server'
import { startLocalPortal } from '../../../portal/server/start'

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const HARNESS_ROOT = join(PROJECT_ROOT, 'test/e2e/sdk-harness')

/**
 * Builds the app, starts the portal and the built app on free ports, fresh data each run.
 * Also builds the SDK harness (test/e2e/sdk-harness: the bare SDK, no app code) into a temp
 * folder and serves it on its own free port as SDK_HARNESS_URL.
 */
export default async function globalSetup() {
  if (!process.env.E2E_SKIP_BUILD) {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' })
  }
  const harnessDir = await mkdtemp(join(tmpdir(), 'switchboard-sdk-harness-'))
  await build({
    root: HARNESS_ROOT,
    configFile: false,
    base: './',
    logLevel: 'warn',
    cacheDir: join(PROJECT_ROOT, 'node_modules/.vite-sdk-harness'),
    build: { outDir: harnessDir, emptyOutDir: true, sourcemap: true },
  })

  const dataDir = await mkdtemp(join(tmpdir(), 'switchboard-e2e-'))
  const running = await startLocalPortal({
    portalPort: 0,
    appPort: 0,
    app: 'dist',
    dataDir,
    reset: 'demo',
    quiet: true,
  })
  let harness: Awaited<ReturnType<typeof startAppDistServer>>
  try {
    harness = await startAppDistServer({ distDir: harnessDir, port: 0 })
  } catch (error) {
    await running.close()
    throw error
  }
  process.env.PORTAL_URL = running.portalUrl
  process.env.APP_URL = running.appUrl
  process.env.SDK_HARNESS_URL = harness.url
  console.log(`\n  e2e: portal ${running.portalUrl}  app ${running.appUrl}  data ${dataDir}\n`)
  return async () => {
    await harness.close()
    await running.close()
    await rm(harnessDir, { recursive: true, force: true })
  }
}
