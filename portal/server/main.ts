// `npm start` / `npm run portal`: the local Bitrix24 portal, and optionally the app beside it.
import { isScenarioName, SCENARIOS } from './control-bodies.ts'
import { CorruptDataFileError } from './file-storage.ts'
import { startLocalPortal, type LocalPortalOptions } from './start.ts'

const USAGE = `Usage: tsx portal/server/main.ts [--app=dev|dist|none] [--app-dir=folder] [--reset[=scenario]] [--quiet]
  --app      which app server to start beside the portal (default dev)
  --app-dir  serve this built folder as a static host would (implies --app=dist)
  --reset    start from a fresh scenario (default demo): ${SCENARIOS.join(', ')}
Environment: PORTAL_PORT (3000), APP_PORT (5173), PORTAL_DATA_DIR (.portal-data), APP_URL`

function parseArgs(argv: readonly string[]): LocalPortalOptions {
  const options: LocalPortalOptions = { app: 'dev' }
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2) as [string, string | undefined]
    if (flag === '--app' && (value === 'dev' || value === 'dist' || value === 'none')) {
      options.app = value
    } else if (flag === '--app-dir' && value) {
      options.app = 'dist'
      options.appDir = value
    } else if (flag === '--reset' && (value === undefined || isScenarioName(value))) {
      options.reset = value ?? 'demo'
    } else if (flag === '--quiet' && value === undefined) {
      options.quiet = true
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE)
      process.exit(0)
    } else {
      console.error(`Unknown or invalid argument: ${arg}\n\n${USAGE}`)
      process.exit(2)
    }
  }
  return options
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  let running: Awaited<ReturnType<typeof startLocalPortal>>
  try {
    running = await startLocalPortal(options)
  } catch (error) {
    if (error instanceof CorruptDataFileError) {
      console.error(`\n${error.message}\n`)
    } else if (isAddressInUse(error)) {
      console.error(
        `\n${error.message}: another server holds that port; set PORTAL_PORT / APP_PORT.\n`,
      )
    } else {
      console.error(error)
    }
    process.exit(1)
  }

  const { portalUrl, appUrl, portal } = running
  const scenario = portal.settings().scenario
  console.log(
    [
      '',
      `  Local Bitrix24 portal (scenario "${scenario}")`,
      `  Open ${portalUrl} in a browser to use the app inside the portal.`,
      `  App: ${appUrl}${options.app === 'none' ? ' (not started here)' : ''}`,
      `  Any other frame app: ${portalUrl}?app=<its URL>`,
      `  REST: ${portalUrl}rest/<method>   control API: ${portalUrl}__portal/state`,
      '',
    ].join('\n'),
  )

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    console.log(`\n${signal}: closing the local portal…`)
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

function isAddressInUse(error: unknown): error is Error {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
}

void main()
