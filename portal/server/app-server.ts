import { serve, type HttpBindings } from '@hono/node-server'
import { Hono } from 'hono'
import { getMimeType } from 'hono/utils/mime'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { join, normalize, resolve, sep } from 'node:path'
import { createServer as createViteServer } from 'vite'

export interface RunningAppServer {
  url: string
  close(): Promise<void>
}

/** Asks the OS for a free port: the app's URL must be known before the portal starts. */
export async function findFreePort(host = 'localhost'): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolvePort(port))
    })
  })
}

/** The app's own Vite dev server, from the project's vite.config.ts. */
export async function startAppDevServer(options: {
  root: string
  port: number
  quiet: boolean
}): Promise<RunningAppServer> {
  const port = options.port === 0 ? await findFreePort() : options.port
  const vite = await createViteServer({
    root: options.root,
    configFile: join(options.root, 'vite.config.ts'),
    server: { port, strictPort: true, host: 'localhost' },
    logLevel: options.quiet ? 'error' : 'info',
    clearScreen: false,
  })
  await vite.listen()
  return { url: `http://localhost:${port}/`, close: () => vite.close() }
}

/**
 * `dist/` as a static host would serve it to a portal: the portal POSTs to the handler path,
 * so POST and unknown paths answer index.html; nothing forbids framing.
 */
export async function startAppDistServer(options: {
  distDir: string
  port: number
}): Promise<RunningAppServer> {
  const distDir = resolve(options.distDir)
  const indexFile = join(distDir, 'index.html')
  if (!existsSync(indexFile)) {
    throw new Error(`${indexFile} does not exist: run \`npm run build\` first, or use --app=dev`)
  }
  const app = new Hono<{ Bindings: HttpBindings }>()
  app.on(['GET', 'HEAD', 'POST'], '*', (c) => {
    const file = resolveInside(distDir, c.req.path) ?? indexFile
    const body = readFileSync(file)
    const type =
      file === indexFile
        ? 'text/html; charset=utf-8'
        : (getMimeType(file) ?? 'application/octet-stream')
    return c.body(body, 200, {
      'Content-Type': type,
      'Cache-Control': file === indexFile ? 'no-cache' : 'public, max-age=3600',
    })
  })
  app.all('*', (c) => c.text('Method not allowed', 405))

  const server = await new Promise<Server>((resolveServer) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: 'localhost' }, () =>
      resolveServer(s as Server),
    )
  })
  const { port } = server.address() as AddressInfo
  return { url: `http://localhost:${port}/`, close: () => closeServer(server) }
}

/** A file under `root` named by a URL path, or undefined (also for `..` escapes and folders). */
function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const candidate = normalize(join(root, decoded))
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined
  try {
    return statSync(candidate).isFile() ? candidate : undefined
  } catch {
    return undefined
  }
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    server.close(() => resolveClose())
    // Keep-alive sockets (a browser, a polling control panel) would hold close() open forever.
    server.closeAllConnections()
  })
}
