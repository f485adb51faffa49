import { chromium, type Browser } from '@playwright/test'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { startLocalPortal, type LocalPortal } from '../../portal/server/start.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/support/chromium.ts'

// What the measuring scripts (bench, soak) share: the built app served inside a local
// portal on free ports with fresh data, and Debian's Chromium to drive it.

export const ROOT = resolve(import.meta.dirname, '../..')

/** Builds the app (unless told not to) and starts the portal around it. */
export async function startAppInPortal(options: {
  skipBuild: boolean
  name: string
}): Promise<LocalPortal> {
  if (!options.skipBuild)
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' })
  return startLocalPortal({
    portalPort: 0,
    appPort: 0,
    app: 'dist',
    dataDir: await mkdtemp(join(tmpdir(), `switchboard-${options.name}-`)),
    reset: 'demo',
    quiet: true,
  })
}

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] })
}

/** `--name=value` from the command line. */
export function argument(argv: string[], name: string): string | undefined {
  return argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
}
