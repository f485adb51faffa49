import { getRequestListener } from '@hono/node-server'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer as createViteServer, type ViteDevServer } from 'vite'
import { createPortal } from '../model/portal.ts'
import type { Portal, PortalStorage, ScenarioName } from '../model/types.ts'
import {
  closeServer,
  startAppDevServer,
  startAppDistServer,
  type RunningAppServer,
} from './app-server.ts'
import { createFileStorage, resolveDataDir } from './file-storage.ts'
import { createPortalHttpApp, isPortalApiPath } from './http.ts'
import { createWriteBehind } from './write-behind.ts'

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const HOST_ROOT = join(PROJECT_ROOT, 'portal/host')
const FLUSH_CHECK_MS = 250
const FLUSH_QUIET_MS = 1_000
const FLUSH_MAX_DELAY_MS = 10_000
export const DEFAULT_APP_URL = 'http://localhost:5173/'

export interface LocalPortalOptions {
  /** Default `PORTAL_PORT` or 3000; 0 picks a free port. */
  portalPort?: number
  /** Default `APP_PORT` or 5173; 0 picks a free port. Used when `app` is 'dev' or 'dist'. */
  appPort?: number
  /** Default `PORTAL_DATA_DIR` or `.portal-data/`. */
  dataDir?: string
  /** The app the host page embeds. Default: the app server started here, else `APP_URL`, else 5173. */
  appUrl?: string
  /** Which app server to start beside the portal. Default 'none'. */
  app?: 'dev' | 'dist' | 'none'
  /** The folder the 'dist' app server serves. Default dist/; e.g. the unpacked ZIP. */
  appDir?: string
  /** Start from this scenario, discarding whatever the data file holds (even a corrupt one). */
  reset?: ScenarioName
  /** Serve the host page (through Vite). Default true; HTTP-only tests turn it off. */
  hostPage?: boolean
  quiet?: boolean
}

export interface LocalPortal {
  portalUrl: string
  appUrl: string
  portal: Portal
  close(): Promise<void>
}

export async function startLocalPortal(options: LocalPortalOptions = {}): Promise<LocalPortal> {
  const env = process.env
  const quiet = options.quiet ?? false
  const portalPort = options.portalPort ?? numberFromEnv('PORTAL_PORT', 3000)
  const appPort = options.appPort ?? numberFromEnv('APP_PORT', 5173)
  const dataDir = options.dataDir ?? resolveDataDir(env)

  const fileStorage = createFileStorage(dataDir)
  // With a reset the old file is not even read, so --reset also recovers from a corrupt file.
  const storage: PortalStorage = options.reset
    ? { load: () => undefined, save: (data) => fileStorage.save(data) }
    : fileStorage
  // Fail on a corrupt file before any port is taken.
  const stored = options.reset ? undefined : fileStorage.load()

  const closers: (() => Promise<void>)[] = []
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) await close()
  }

  try {
    let app: RunningAppServer | undefined
    if (options.app === 'dev') {
      app = await startAppDevServer({ root: PROJECT_ROOT, port: appPort, quiet })
    } else if (options.app === 'dist') {
      const distDir = options.appDir ? resolve(options.appDir) : join(PROJECT_ROOT, 'dist')
      app = await startAppDistServer({ distDir, port: appPort })
    }
    if (app) closers.push(app.close)
    const appUrl = options.appUrl ?? app?.url ?? (env.APP_URL?.trim() || DEFAULT_APP_URL)

    // The portal's DOMAIN is only known once the port is bound, so requests are routed
    // through a handler that is filled in right after listen().
    const routing: { handle?: (req: IncomingMessage, res: ServerResponse) => void } = {}
    const server: Server = createServer((req, res) => {
      if (routing.handle) routing.handle(req, res)
      else res.writeHead(503).end('Starting')
    })
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject)
      server.listen(portalPort, 'localhost', () => resolveListen())
    })
    // The last writes wait until no request can arrive any more.
    let afterServerClosed = () => {}
    closers.push(async () => {
      await closeServer(server)
      afterServerClosed()
    })
    const { port } = server.address() as AddressInfo
    const domain = `localhost:${port}`

    const portal = createPortal({ storage, domain })
    if (options.reset) portal.reset({ scenario: options.reset })
    // Write the first scenario at once, so MEMBER_ID and the data survive a restart untouched.
    else if (!stored) storage.save(portal.data())
    // Rows created by reads are written here, between requests (store.ts, write-behind.ts).
    const writes = createWriteBehind({
      now: () => performance.now(),
      quietMs: FLUSH_QUIET_MS,
      maxDelayMs: FLUSH_MAX_DELAY_MS,
    })
    const flushing = setInterval(() => {
      if (!writes.due()) return
      portal.flush()
      writes.wrote()
    }, FLUSH_CHECK_MS)
    flushing.unref()
    afterServerClosed = () => {
      clearInterval(flushing)
      portal.flush()
    }

    const api = getRequestListener(createPortalHttpApp({ getPortal: () => portal, appUrl }).fetch)
    let vite: ViteDevServer | undefined
    if (options.hostPage ?? true) {
      vite = await createViteServer({
        root: HOST_ROOT,
        configFile: false,
        cacheDir: join(PROJECT_ROOT, 'node_modules/.vite-portal-host'),
        appType: 'spa',
        // No HMR, but the Vite client in the page still opens a websocket: on the portal's
        // own server, never Vite's shared default port 24678, where another project's dev
        // server would refuse it and the page would throw "WebSocket closed without opened".
        server: { middlewareMode: true, hmr: false, ws: { server } },
        logLevel: quiet ? 'error' : 'warn',
        clearScreen: false,
      })
      const started = vite
      closers.push(() => started.close())
    }
    const host = vite
    routing.handle = (req, res) => {
      if (isPortalApiPath(req.url)) {
        writes.requested()
        void api(req, res)
      } else if (host) {
        host.middlewares(req, res)
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Host page disabled')
      }
    }

    return { portalUrl: `http://${domain}/`, appUrl, portal, close: closeAll }
  } catch (error) {
    await closeAll()
    throw error
  }
}

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number (0-65535), got "${raw}"`)
  }
  return value
}
