// `npm run bench`: how the built app behaves on portals of different sizes, measured in
// Chromium through the local portal with a cloud portal's latency and rate limit on.
// Prints one table. Figures come from here, never from timed unit tests.
//
//   npm run bench -- --sizes=20x10,200x25,1000x40 --latency=50 --clicks=200
import { chromium, type Frame, type Page } from '@playwright/test'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { startLocalPortal, type LocalPortal } from '../portal/server/start.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/support/chromium.ts'

interface Options {
  sizes: { lines: number; connectors: number }[]
  latencyMs: number
  clicks: number
  burst: number
  drain: number
  skipBuild: boolean
}

function parseOptions(argv: string[]): Options {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
  const sizes = (get('sizes') ?? '20x10,200x25,1000x40').split(',').map((size) => {
    const [lines, connectors] = size.split('x').map(Number)
    if (!lines || !connectors) throw new Error(`bad size ${size}: use LINESxCONNECTORS`)
    return { lines, connectors }
  })
  return {
    sizes,
    latencyMs: Number(get('latency') ?? 50),
    clicks: Number(get('clicks') ?? 200),
    burst: Number(get('burst') ?? 50),
    drain: Number(get('drain') ?? 2),
    skipBuild: argv.includes('--skip-build'),
  }
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

async function bundleSizes(distDir: string) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(js|css))"/g)]
  let js = 0
  let css = 0
  for (const [, path, kind] of refs) {
    if (!path) continue
    const gz = gzipSync(await readFile(join(distDir, path))).length
    if (kind === 'js') js += gz
    else css += gz
  }
  return { js, css }
}

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.b24-app-frame')
  const frame = await handle.contentFrame()
  if (!frame) throw new Error('the app frame did not load')
  return frame
}

/** Every switch in the rows the user can see shows its state (not loading). */
function firstRowsComplete(frame: Frame) {
  return frame.waitForFunction(
    () => {
      const scroller = document.querySelector('.grid-scroller')
      const grid = document.querySelector('[role="grid"]')
      if (!scroller || !grid) return false
      const box = scroller.getBoundingClientRect()
      const rows = [...grid.querySelectorAll('tbody tr')].filter((row) => {
        const r = row.getBoundingClientRect()
        return r.bottom > box.top && r.top < box.bottom
      })
      if (rows.length === 0) return false
      return rows.every((row) =>
        [...row.querySelectorAll('[role="switch"]')].every(
          (s) => s.getAttribute('data-state') !== 'loading',
        ),
      )
    },
    undefined,
    { polling: 20, timeout: 0 },
  )
}

function fullMatrix(frame: Frame) {
  return frame.waitForFunction(
    () =>
      !!document.querySelector('[role="grid"]') &&
      !document.querySelector('progress, [role="progressbar"]') &&
      !document.querySelector('[role="switch"][data-state="loading"]'),
    undefined,
    { polling: 50, timeout: 0 },
  )
}

interface Row {
  size: string
  requests: number
  commands: number
  naive: number
  firstRowsMs: number
  fullMs: number
  bucketMinMs: number
  repaintMedian: number
  repaintP95: number
  slowEvents: number
  confirmMedian: number
  confirmP95: number
  gridNodes: number
  documentNodes: number
  heapMb: number
}

async function measureSize(
  running: LocalPortal,
  options: Options,
  size: { lines: number; connectors: number },
): Promise<Row> {
  const { portal } = running
  portal.reset({ scenario: 'large', lines: size.lines, connectors: size.connectors, seed: 7 })
  portal.clearFaults()
  portal.setLimits({ burst: options.burst, drainPerSecond: options.drain })
  // Latency per HTTP request, as a cloud portal's network adds it. A rule without a method
  // would also delay every command inside a batch, one after another.
  if (options.latencyMs > 0) {
    portal.setFaults(
      ['batch', 'imopenlines.config.list.get', 'imconnector.list', 'imconnector.activate'].map(
        (method) => ({ method, latencyMs: options.latencyMs }),
      ),
    )
  }
  portal.clearLog()

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    const started = Date.now()
    await page.goto(running.portalUrl)
    const frame = await appFrame(page)
    await firstRowsComplete(frame)
    const firstRowsMs = Date.now() - started
    await fullMatrix(frame)
    const fullMs = Date.now() - started

    const log = portal.log()
    const requests = log.length
    const commands = log.reduce((sum, entry) => sum + (entry.commands?.length ?? 1), 0)
    const naive = Math.ceil(size.lines / 50) + 1 + size.lines * size.connectors
    const bucketMinMs = Math.max(0, ((requests - options.burst) / options.drain) * 1000)

    const gridNodes = await frame.evaluate(
      () => document.querySelector('[role="grid"]')?.querySelectorAll('*').length ?? 0,
    )
    const documentNodes = await frame.evaluate(() => document.getElementsByTagName('*').length)
    const heapMb = await frame.evaluate(
      () =>
        ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0) /
        1024 /
        1024,
    )

    // Clicks: the rate limit is lifted so the figures are the app's, latency stays on.
    portal.setLimits({ burst: 1_000_000, drainPerSecond: 1_000_000 })
    await frame.evaluate(() => {
      const w = window as unknown as { __bench: { repaint: number[]; slow: number } }
      w.__bench = { repaint: [], slow: 0 }
      // Click → the next frame painted: rAF runs before paint, a message after it.
      document.addEventListener(
        'click',
        (event) => {
          const t0 = event.timeStamp
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => w.__bench.repaint.push(performance.now() - t0)
            channel.port2.postMessage(0)
          })
        },
        true,
      )
      // The browser's own Event Timing: clicks whose next paint took longer than a frame.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'click') w.__bench.slow += 1
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
    })
    // Clicks go round the switches on screen, on and off. The first "off" asks for
    // confirmation; the bench ticks "don't ask again" there, as a user switching many would.
    const visible = frame.locator('[role="switch"]:not([data-state="loading"])')
    const count = Math.min(await visible.count(), 60)
    const confirm: number[] = []
    let asked = false
    for (let i = 0; i < options.clicks; i += 1) {
      const target = visible.nth(i % count)
      const name = (await target.getAttribute('aria-label')) ?? ''
      const wasOn = (await target.getAttribute('aria-checked')) === 'true'
      const clicked = Date.now()
      await target.click()
      const dialog = frame.getByRole('dialog')
      if (wasOn && !asked) {
        asked = true
        await dialog.getByRole('checkbox').check()
        await dialog.getByRole('button', { name: 'Turn off and delete settings' }).click()
      }
      // The next click must see this one on screen.
      await frame.getByRole('switch', { name, exact: true, checked: !wasOn }).waitFor()
      if (i < 20) {
        // Click → portal confirmed, for the first 20: the switch is no longer busy.
        await frame.waitForFunction(
          (label) =>
            [...document.querySelectorAll('[role="switch"]')].some(
              (s) =>
                s.getAttribute('aria-label') === label && s.getAttribute('aria-busy') !== 'true',
            ),
          name,
          { polling: 'raf', timeout: 0 },
        )
        confirm.push(Date.now() - clicked)
      }
    }
    await frame.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
      timeout: 0,
    })
    const bench = await frame.evaluate(
      () => (window as unknown as { __bench: { repaint: number[]; slow: number } }).__bench,
    )
    return {
      size: `${size.lines}×${size.connectors}`,
      requests,
      commands,
      naive,
      firstRowsMs,
      fullMs,
      bucketMinMs,
      repaintMedian: percentile(bench.repaint, 50),
      repaintP95: percentile(bench.repaint, 95),
      slowEvents: bench.slow,
      confirmMedian: percentile(confirm, 50),
      confirmP95: percentile(confirm, 95),
      gridNodes,
      documentNodes,
      heapMb,
    }
  } finally {
    await browser.close()
  }
}

function printTable(rows: Row[], bundle: { js: number; css: number }, options: Options) {
  const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—')
  const header = [
    'size',
    'requests (cmds)',
    'naive',
    'saved',
    'first rows',
    'full matrix',
    'bucket min',
    'full/min',
    'repaint p50/p95',
    '>16ms clicks',
    'confirm p50/p95',
    'grid nodes',
    'doc nodes',
    'heap',
  ]
  const lines = rows.map((r) => [
    r.size,
    `${r.requests} (${r.commands})`,
    String(r.naive),
    `${(r.naive / r.requests).toFixed(1)}×`,
    ms(r.firstRowsMs),
    ms(r.fullMs),
    ms(r.bucketMinMs),
    r.bucketMinMs > 0 ? `${(r.fullMs / r.bucketMinMs).toFixed(2)}` : '—',
    `${r.repaintMedian.toFixed(1)} / ${r.repaintP95.toFixed(1)} ms`,
    String(r.slowEvents),
    `${ms(r.confirmMedian)} / ${ms(r.confirmP95)}`,
    String(r.gridNodes),
    String(r.documentNodes),
    `${r.heapMb.toFixed(1)} MB`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)))
  const format = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  console.log(
    `\nOpen Lines Switchboard benchmark — latency ${options.latencyMs} ms, leaky bucket ${options.burst} burst / ${options.drain} per s, ${options.clicks} clicks`,
  )
  console.log(format(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const line of lines) console.log(format(line))
  console.log(
    `\nInitial bundle (gzip): JS ${(bundle.js / 1024).toFixed(1)} KB, CSS ${(bundle.css / 1024).toFixed(1)} KB`,
  )
  console.log(
    'naive = one request per cell plus the list calls; bucket min = the fewest seconds the portal allows for that many requests; repaint = click → next frame painted (rAF + message), >16ms clicks = Event Timing entries over one frame; confirm = click → switch no longer busy (portal answered and re-read), first 20 clicks.',
  )
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const root = resolve(import.meta.dirname, '..')
  if (!options.skipBuild)
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' })
  const running = await startLocalPortal({
    portalPort: 0,
    appPort: 0,
    app: 'dist',
    dataDir: await mkdtemp(join(tmpdir(), 'switchboard-bench-')),
    reset: 'demo',
    quiet: true,
  })
  try {
    const rows: Row[] = []
    for (const size of options.sizes) {
      console.log(`measuring ${size.lines}×${size.connectors}…`)
      rows.push(await measureSize(running, options, size))
    }
    printTable(rows, await bundleSizes(join(root, 'dist')), options)
  } finally {
    await running.close()
  }
}

await main()
