// `npm run bench`: how the built app behaves on portals of different sizes, measured in
// Chromium through the local portal with a cloud portal's latency and rate limit on.
// Prints one table. Figures come from here, never from timed unit tests.
//
//   npm run bench -- --sizes=20x10,200x25,1000x40 --latency=50 --clicks=200
//   Investigating: --profile[=FILE.cpuprofile] --trace=FILE.json --samples=FILE.json
//   --clicks-via=locator (Playwright's clicks, as runs before 2026-12 measured)
//   --confirmed-clicks=N (how many first clicks wait for the portal's answer; 20)
//   --loads=N (loads of each size timed to the first rows complete, median shown; 5)
//   --first-rows-only (only those loads, each figure printed: a quick before/after)
import type { Frame, Page } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  argument,
  launchChromium,
  openTab,
  ROOT,
  startAppInPortal,
  type AppInPortal,
} from './support/app-in-portal.ts'
import type { PortalControl } from '../test/e2e/support/portal-control.ts'

interface Options {
  sizes: { lines: number; connectors: number }[]
  latencyMs: number
  clicks: number
  burst: number
  drain: number
  skipBuild: boolean
  /** Prints where the click phase spends its CPU (self time per function). */
  profile: boolean
  /** Writes a Chrome trace of the click phase of the last size here (chrome://tracing). */
  trace: string | undefined
  /** Also writes the click phase's CPU profile here (DevTools' Performance panel opens it). */
  cpuProfile: string | undefined
  /**
   * How clicks reach the page: 'mouse' (default) sends the browser the raw input a mouse
   * would; 'locator' uses Playwright's locator.click, whose hit-target check runs in the
   * page on every pointer event of the click (elementsFromPoint, a forced layout), and so
   * inside the time measured. Kept to compare with runs before the switch to 'mouse'.
   */
  clicksVia: 'mouse' | 'locator'
  /** Writes each size's raw click samples (repaint, commit, Event Timing) here as JSON. */
  samples: string | undefined
  /** How many of the first clicks wait for the portal's answer before the next click. */
  confirmedClicks: number
  /**
   * Loads of each size timed to the first rows complete: one load is a single sample of a
   * figure that moves by a few hundred ms from load to load on a shared machine.
   */
  loads: number
  /** Times the loads to the first rows and prints them, nothing else. */
  firstRowsOnly: boolean
}

function parseOptions(argv: string[]): Options {
  const get = (name: string) => argument(argv, name)
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
    profile: argv.includes('--profile') || get('profile') !== undefined,
    trace: get('trace'),
    cpuProfile: get('profile'),
    clicksVia: get('clicks-via') === 'locator' ? 'locator' : 'mouse',
    samples: get('samples'),
    confirmedClicks: Number(get('confirmed-clicks') ?? 20),
    loads: Math.max(1, Number(get('loads') ?? 5)),
    firstRowsOnly: argv.includes('--first-rows-only'),
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

/**
 * More loads of a size, each timed to its first rows complete only (a fresh portal and
 * browser each), folded into the row: its figures become medians and a range.
 */
async function timeMoreFirstRows(
  running: AppInPortal,
  options: Options,
  size: { lines: number; connectors: number },
  row: Row,
): Promise<Row> {
  const { page, app } = await timeFirstRows(running, options, size, options.loads - 1)
  page.unshift(row.firstRowsMs)
  app.unshift(row.firstRowsAppMs)
  return {
    ...row,
    firstRowsMs: percentile(page, 50),
    firstRowsAppMs: percentile(app, 50),
    firstRowsAppRange: [Math.min(...app), Math.max(...app)],
  }
}

/** Loads of a size, each with a fresh portal and browser, timed to the first rows complete. */
async function timeFirstRows(
  running: AppInPortal,
  options: Options,
  size: { lines: number; connectors: number },
  loads: number,
): Promise<{ page: number[]; app: number[] }> {
  const page: number[] = []
  const app: number[] = []
  for (let load = 0; load < loads; load += 1) {
    await prepare(running.control, options, size)
    const browser = await launchChromium()
    try {
      const tab = await openTab(browser, { width: 1400, height: 900 })
      const firstRows = await watchFirstRows(tab, running.appUrl)
      const started = Date.now()
      await tab.goto(running.portalUrl)
      app.push(await firstRows.seen)
      page.push(Date.now() - started)
    } finally {
      await browser.close()
    }
  }
  return { page, app }
}

const FIRST_ROWS_TIMEOUT_MS = 60_000

/**
 * Resolves with the moment, on the app frame's own clock (from its navigation, without the
 * host page's load: the portal's own page, not ours, in a real Bitrix24), of the first frame
 * in which every switch in the rows the user can see shows its state. Call before the page
 * loads. The check is a script the browser runs in each document before the document's own
 * (it acts only in the app's), looks once per frame, right after the frame is painted, and
 * reports through a binding the time of that frame's rAF. Nothing of the harness is evaluated in the page while it loads:
 * Playwright's own script for a selector or a polled function took ~20 ms of the app's main
 * thread each time, three times a load, inside the time measured.
 */
async function watchFirstRows(page: Page, appUrl: string): Promise<{ seen: Promise<number> }> {
  let seen: (ms: number) => void = () => undefined
  const firstRows = new Promise<number>((resolve, reject) => {
    // A watcher that broke (a script error in the page) must not leave the bench waiting.
    const giveUp = setTimeout(
      () => reject(new Error(`the first rows were not seen within ${FIRST_ROWS_TIMEOUT_MS} ms`)),
      FIRST_ROWS_TIMEOUT_MS,
    )
    // Nor keep a bench that already failed otherwise (a navigation) alive for it.
    giveUp.unref()
    seen = (ms) => {
      clearTimeout(giveUp)
      resolve(ms)
    }
  })
  await page.exposeBinding('benchFirstRowsSeen', (_source, ms: number) => seen(ms))
  await page.addInitScript((appOrigin: string) => {
    if (location.origin !== appOrigin) return
    // Properties, not named locals: tsx compiles a named function as `__name(fn, "look")`,
    // and `__name` exists in this script's process, not in the page the script is sent to.
    const watcher = {} as {
      changed: boolean
      touched: () => void
      frameAt: number
      frame: () => void
      look: () => void
    }
    // The check reads the rows' boxes after the frame is painted, when the layout is clean
    // and costs nothing: read in the frame's rAF, before its layout, they forced one the
    // app's own work could then dirty again (~40 ms of the app's thread a load). What it
    // sees is what was painted, unless the page changed since: then the next frame tells.
    watcher.changed = true
    watcher.touched = () => (watcher.changed = true)
    const changes = new MutationObserver(watcher.touched)
    changes.observe(document, { subtree: true, childList: true, attributes: true })
    addEventListener('resize', watcher.touched)
    const afterPaint = new MessageChannel()
    watcher.frame = () => {
      watcher.changed = false
      watcher.frameAt = performance.now()
      afterPaint.port2.postMessage(null)
    }
    watcher.look = () => {
      if (watcher.changed) {
        requestAnimationFrame(watcher.frame)
        return
      }
      const scroller = document.querySelector('.grid-scroller')
      const grid = document.querySelector('[role="grid"]')
      const box = scroller?.getBoundingClientRect()
      const rows = [...(grid?.querySelectorAll('tbody tr') ?? [])].filter((row) => {
        const r = row.getBoundingClientRect()
        return box && r.bottom > box.top && r.top < box.bottom
      })
      const complete =
        rows.length > 0 &&
        rows.every((row) =>
          [...row.querySelectorAll('[role="switch"]')].every(
            (s) => s.getAttribute('data-state') !== 'loading',
          ),
        )
      if (!complete) {
        requestAnimationFrame(watcher.frame)
        return
      }
      // Nothing of the watcher stays in the page the clicks are then measured in.
      changes.disconnect()
      removeEventListener('resize', watcher.touched)
      afterPaint.port1.close()
      ;(window as unknown as { benchFirstRowsSeen: (ms: number) => void }).benchFirstRowsSeen(
        watcher.frameAt,
      )
    }
    afterPaint.port1.onmessage = watcher.look
    requestAnimationFrame(watcher.frame)
  }, new URL(appUrl).origin)
  // Wrapped: an async function returning the promise itself would wait for it.
  return { seen: firstRows }
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
  /** Medians over the loads. */
  firstRowsMs: number
  firstRowsAppMs: number
  /** The fewest and most ms to the first rows on the frame's clock, over the loads. */
  firstRowsAppRange: [number, number]
  fullMs: number
  bucketMinMs: number
  repaintMedian: number
  repaintP95: number
  frameStartMedian: number
  frameStartP95: number
  slowEvents: number
  eventMedian: number
  eventP95: number
  confirmMedian: number
  confirmP95: number
  gridNodes: number
  documentNodes: number
  heapMb: number
}

/** The size's portal, fresh: seeded data, the limits and the latency of a cloud portal. */
async function prepare(
  portal: PortalControl,
  options: Options,
  size: { lines: number; connectors: number },
) {
  await portal.reset({
    scenario: 'large',
    lines: size.lines,
    connectors: size.connectors,
    seed: 7,
  })
  await portal.clearFaults()
  await portal.limits(options.burst, options.drain)
  // Latency once per HTTP request, as a cloud portal's network adds it. A rule names the
  // method the request calls: a rule for a method also delays that method's commands inside a
  // batch, one after another, which is server time, not network. The app sends the lists
  // and the states in batches and a switch alone, so `batch` and `imconnector.activate`
  // are the requests it makes.
  if (options.latencyMs > 0) {
    await portal.faults(
      ['batch', 'imconnector.activate'].map((method) => ({ method, latencyMs: options.latencyMs })),
    )
  }
  await portal.clearLog()
}

async function measureSize(
  running: AppInPortal,
  options: Options,
  size: { lines: number; connectors: number },
): Promise<Row> {
  const portal = running.control
  await prepare(portal, options, size)

  const browser = await launchChromium(['--enable-precise-memory-info'])
  try {
    const page = await openTab(browser, { width: 1400, height: 900 })
    const firstRows = await watchFirstRows(page, running.appUrl)
    const started = Date.now()
    await page.goto(running.portalUrl)
    const firstRowsAppMs = await firstRows.seen
    const firstRowsMs = Date.now() - started
    const frame = await appFrame(page)
    await fullMatrix(frame)
    const fullMs = Date.now() - started

    const log = await portal.log()
    const requests = log.length
    const commands = log.reduce((sum, entry) => sum + (entry.commands?.length ?? 1), 0)
    const naive = Math.ceil(size.lines / 50) + 1 + size.lines * size.connectors
    const bucketMinMs = Math.max(0, ((requests - options.burst) / options.drain) * 1000)

    const gridNodes = await frame.evaluate(
      () => document.querySelector('[role="grid"]')?.querySelectorAll('*').length ?? 0,
    )
    const documentNodes = await frame.evaluate(() => document.getElementsByTagName('*').length)
    // After a full collection, as the soak measures it: what the app holds, not garbage
    // the collector has not come round to yet.
    const gc = await page.context().newCDPSession(page)
    await gc.send('HeapProfiler.collectGarbage')
    await gc.detach()
    const heapMb = await frame.evaluate(
      () =>
        ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0) /
        1024 /
        1024,
    )

    // Clicks: the rate limit is lifted so the figures are the app's, latency stays on.
    await portal.limits(100_000, 100_000)
    // tsx keeps function names with an `__name` helper that the page does not have.
    await frame.evaluate('globalThis.__name ??= (fn) => fn')
    await frame.evaluate(installRecorder)
    // Clicks go round the switches on screen, on and off. The first "off" asks for
    // confirmation: one click before the measured ones ticks "don't ask again" there, as a
    // user switching many would.
    // Only switches wholly on screen, in the top four rows: clicking one in the overscan
    // would scroll the grid, and rows grow as notices open below switched cells, pushing
    // lower ones out of view.
    const targets = await frame.evaluate(() => {
      const box = document.querySelector('.grid-scroller')?.getBoundingClientRect()
      const header = document.querySelector('thead')?.getBoundingClientRect().bottom ?? 0
      const names = document.querySelector('.grid__line')?.getBoundingClientRect().right ?? 0
      if (!box) return []
      return [...document.querySelectorAll('[role="switch"]:not([data-state="loading"])')]
        .filter((s) => {
          const r = s.getBoundingClientRect()
          return (
            r.top >= header && r.bottom <= box.bottom && r.left >= names && r.right <= box.right
          )
        })
        .filter((s) => Number(s.getAttribute('data-row')) < 4)
        .slice(0, 60)
        .map((s) => ({
          row: Number(s.getAttribute('data-row')),
          col: Number(s.getAttribute('data-col')),
          on: s.getAttribute('aria-checked') === 'true',
        }))
    })
    const firstOn = targets.find((target) => target.on)
    if (firstOn) {
      await switchAt(frame, firstOn).click()
      const dialog = frame.getByRole('dialog')
      await dialog.getByRole('checkbox').check()
      await dialog.getByRole('button', { name: 'Turn off and delete settings' }).click()
      await frame.evaluate(confirmed)
    }
    await frame.evaluate(() => {
      const bench = (window as unknown as BenchWindow).__bench
      for (const samples of [
        bench.repaint,
        bench.commit,
        bench.delivery,
        bench.frameStart,
        bench.rafRun,
      ])
        samples.splice(0)
    })
    const cdp = options.profile ? await page.context().newCDPSession(page) : undefined
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await cdp.send('Profiler.start')
    }
    if (options.trace)
      await browser.startTracing(page, {
        path: options.trace,
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline.frame',
          'blink.user_timing',
          'toplevel',
        ],
      })
    const confirm: number[] = []
    const paints = await paintSignals(page)
    let skipped = 0
    for (let i = 0, turn = 0; i < options.clicks && skipped < options.clicks; turn += 1) {
      const target = targets[turn % targets.length]
      if (!target) break
      const clicked = Date.now()
      const paintsBefore = paints.count
      if (!(await clickSwitch(frame, target, options.clicksVia, holdMs(turn)))) {
        skipped += 1
        continue
      }
      // The next click must see this one painted; for the first --confirmed-clicks, also
      // confirmed: the switch is no longer busy (the portal answered and the cell was read back).
      // The page tells when it is painted; only then is it asked anything.
      await paints.after(paintsBefore, frame)
      if (i < options.confirmedClicks) {
        await frame.evaluate(confirmed)
        confirm.push(Date.now() - clicked)
      }
      i += 1
    }
    await frame.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
      timeout: 0,
    })
    if (options.trace) await browser.stopTracing()
    const bench = await frame.evaluate(() => (window as unknown as BenchWindow).__bench)
    if (options.samples) {
      const file = options.samples.replace(/(\.json)?$/, `-${size.lines}x${size.connectors}.json`)
      await writeFile(file, JSON.stringify({ ...bench, confirm }))
    }
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop')
      printProfile(profile)
      if (options.cpuProfile) await writeFile(options.cpuProfile, JSON.stringify(profile))
      console.log(
        `click → commit p50/p95: ${percentile(bench.commit, 50).toFixed(1)} / ${percentile(bench.commit, 95).toFixed(1)} ms`,
      )
    }
    return {
      size: `${size.lines}×${size.connectors}`,
      requests,
      commands,
      naive,
      firstRowsMs,
      firstRowsAppMs,
      firstRowsAppRange: [firstRowsAppMs, firstRowsAppMs],
      fullMs,
      bucketMinMs,
      repaintMedian: percentile(bench.repaint, 50),
      repaintP95: percentile(bench.repaint, 95),
      frameStartMedian: percentile(bench.frameStart, 50),
      frameStartP95: percentile(bench.frameStart, 95),
      slowEvents: bench.slowClicks,
      eventMedian: percentile(bench.eventDurations, 50),
      eventP95: percentile(bench.eventDurations, 95),
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

interface BenchWindow {
  __bench: {
    /** Click → the frame that shows the switch's new state painted, in ms. */
    repaint: number[]
    /** Click → the switch's new state in the DOM (React committed it), in ms. */
    commit: number[]
    /** Click → its listeners start running in the page (the browser's input path), in ms. */
    delivery: number[]
    /** Click → the start of the frame that painted the switch (the rAF's frame time), in ms. */
    frameStart: number[]
    /** Click → that frame's rAF callbacks running, in ms. */
    rafRun: number[]
    /** Set once the last click's repaint is recorded. */
    painted: boolean
    /** The selector of the switch clicked last. */
    lastClicked: string
    /** Clicks whose Event Timing duration (event → next paint) was over one frame. */
    slowClicks: number
    /** Event Timing durations of the clicks (the browser's own click → next paint, 8 ms steps). */
    eventDurations: number[]
  }
}

function switchAt(frame: Frame, target: { row: number; col: number }) {
  return frame.locator(`[role="switch"][data-row="${target.row}"][data-col="${target.col}"]`)
}

/**
 * How long the i-th click holds the button: 50 ms and up to one 60 Hz frame more, in 1 ms
 * steps. The press starts the page's frames; the release then lands wherever the hold puts
 * it in a frame. A fixed 50 ms (three frames exactly) put every release at the start of a
 * frame, so the floor always waited a whole frame for its paint and looked like a constant
 * 15 ms; a hand's release lands anywhere in a frame.
 */
const holdMs = (click: number) => 50 + (click % 17)

/**
 * Clicks a switch, held about 50 ms as a hand does: the press (focus moves, the grid's tab stop
 * follows) is its own event; timing starts at the click, when the user asked for the switch.
 * With 'mouse', the switch's centre is read first and the browser gets the raw input, so
 * nothing of the test harness runs in the page between the press and the paint. Returns
 * false, clicking nothing, when something else is on top of the switch's centre (a notice
 * that grew a row, the portal page's panel toggle over the frame): a stray click would open
 * whatever is there and measure nothing.
 */
async function clickSwitch(
  frame: Frame,
  target: { row: number; col: number },
  via: Options['clicksVia'],
  hold: number,
): Promise<boolean> {
  if (via === 'locator') {
    await switchAt(frame, target).click({ delay: hold })
    return true
  }
  const point = await frame.evaluate(({ row, col }) => {
    const element = document.querySelector(`[role="switch"][data-row="${row}"][data-col="${col}"]`)
    if (!element) return null
    const box = element.getBoundingClientRect()
    const x = box.left + box.width / 2
    const y = box.top + box.height / 2
    const inside = x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight
    const onTop = document.elementFromPoint(x, y)?.closest('[role="switch"]') === element
    return inside && onTop ? { x, y } : null
  }, target)
  if (!point) return false
  // The portal's own page may lay something over the frame there (its panel's toggle).
  const frameElement = frame.parentFrame() ? await frame.frameElement() : undefined
  const offset = frameElement
    ? await frameElement.evaluate((element: Element, inner) => {
        const box = element.getBoundingClientRect()
        const x = box.left + element.clientLeft
        const y = box.top + element.clientTop
        return document.elementFromPoint(x + inner.x, y + inner.y) === element ? { x, y } : null
      }, point)
    : { x: 0, y: 0 }
  if (!offset) return false
  await frame.page().mouse.click(offset.x + point.x, offset.y + point.y, { delay: hold })
  return true
}

/**
 * Runs in the app's frame. Times each click on a switch to the paint of the frame in which
 * the switch shows its new state: the attribute change is seen as React commits it, a rAF
 * then runs just before that frame's paint, and a message just after it. Nothing polls the
 * page while a click is on its way, so the figures are the app's alone.
 */
function installRecorder() {
  const w = window as unknown as BenchWindow
  w.__bench = {
    repaint: [],
    commit: [],
    delivery: [],
    frameStart: [],
    rafRun: [],
    painted: true,
    lastClicked: '',
    slowClicks: 0,
    eventDurations: [],
  }
  let pending: { selector: string; t0: number; was: string | null } | undefined
  document.addEventListener(
    'click',
    (event) => {
      const element = (event.target as Element).closest?.('[role="switch"]')
      if (!element) return
      const selector = `[role="switch"][data-row="${element.getAttribute('data-row')}"][data-col="${element.getAttribute('data-col')}"]`
      pending = { selector, t0: event.timeStamp, was: element.getAttribute('aria-checked') }
      w.__bench.delivery.push(performance.now() - event.timeStamp)
      // Seen in a trace (--trace): where each click starts and its frame ends.
      performance.mark('bench:click', { startTime: event.timeStamp })
      w.__bench.painted = false
      w.__bench.lastClicked = selector
    },
    true,
  )
  new MutationObserver(() => {
    if (!pending) return
    const now = document.querySelector(pending.selector)?.getAttribute('aria-checked')
    if (now === undefined || now === pending.was) return
    const { t0 } = pending
    pending = undefined
    w.__bench.commit.push(performance.now() - t0)
    requestAnimationFrame((frameTime) => {
      w.__bench.frameStart.push(frameTime - t0)
      w.__bench.rafRun.push(performance.now() - t0)
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        w.__bench.repaint.push(performance.now() - t0)
        performance.mark('bench:painted')
        w.__bench.painted = true
        // Tells the bench without its asking: an evaluate sent to learn this would run in
        // this page, and in the window it measures (a trace had ~2 ms a DevTools message).
        ;(window as unknown as { benchPainted?: () => void }).benchPainted?.()
      }
      channel.port2.postMessage(0)
    })
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-checked'] })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'click') continue
      w.__bench.eventDurations.push(entry.duration)
      if (entry.duration > 16) w.__bench.slowClicks += 1
    }
  }).observe({ type: 'event', durationThreshold: 0 } as PerformanceObserverInit)
}

/**
 * Runs in the app's frame: resolves once the last click on a switch is painted and
 * confirmed (no longer busy). A row that grew under the pointer (a notice below a switch
 * switched a moment ago) may have taken the click to another switch: that switch is the one
 * measured. Measured clicks are first awaited through paintSignals, so this runs after their
 * paint.
 */
function confirmed() {
  const w = window as unknown as BenchWindow
  const started = performance.now()
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      const element = w.__bench.lastClicked ? document.querySelector(w.__bench.lastClicked) : null
      if (w.__bench.painted && element?.getAttribute('aria-busy') !== 'true') {
        resolve()
      } else if (performance.now() - started > 30_000) {
        const state = element ? element.outerHTML : 'not in the page'
        reject(new Error(`the last click was not confirmed in 30 s: ${state}`))
      } else setTimeout(check, 10)
    }
    check()
  })
}

const PAINT_WAIT_MS = 30_000

/**
 * Counts the recorder's "painted" calls (a binding: the page calls the bench, the bench
 * sends nothing). `after(n)` resolves once more than n have come.
 */
async function paintSignals(page: Page) {
  let received = 0
  let wake: () => void = () => undefined
  await page.exposeBinding('benchPainted', () => {
    received += 1
    wake()
  })
  return {
    get count() {
      return received
    },
    async after(count: number, frame: Frame) {
      const deadline = Date.now() + PAINT_WAIT_MS
      while (received <= count) {
        if (Date.now() > deadline) {
          const state = await frame.evaluate(() => {
            const w = window as unknown as BenchWindow
            const element = w.__bench.lastClicked
              ? document.querySelector(w.__bench.lastClicked)
              : null
            return element ? element.outerHTML : 'not in the page'
          })
          throw new Error(`the last click was not painted in ${PAINT_WAIT_MS / 1000} s: ${state}`)
        }
        // Woken by the binding; the timer only brings the deadline check round.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1_000)
          wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
      }
    },
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  samples?: number[]
  timeDeltas?: number[]
}

/** Self time per function over the click phase, heaviest first. */
function printProfile(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))
  const self = new Map<string, number>()
  const samples = profile.samples ?? []
  samples.forEach((id, i) => {
    const frame = byId.get(id)
    if (!frame) return
    const file = frame.url.split('/').pop() ?? ''
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000)
  })
  console.log('\nclick phase, self time by function (ms):')
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${ms.toFixed(1).padStart(9)}  ${name}`)
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—')

function printTable(rows: Row[], bundle: { js: number; css: number }, options: Options) {
  const header = [
    'size',
    'requests (cmds)',
    'naive',
    'saved',
    'first rows page/app',
    'app range',
    'full matrix',
    'bucket min',
    'full/min',
    'repaint p50/p95',
    'frame start p50/p95',
    'event timing p50/p95',
    '>16ms clicks',
    'confirm p50/p95',
    'grid nodes',
    'doc nodes',
    'heap after GC',
  ]
  const lines = rows.map((r) => [
    r.size,
    `${r.requests} (${r.commands})`,
    String(r.naive),
    `${(r.naive / r.requests).toFixed(1)}×`,
    `${ms(r.firstRowsMs)} / ${ms(r.firstRowsAppMs)}`,
    `${Math.round(r.firstRowsAppRange[0])}–${Math.round(r.firstRowsAppRange[1])} ms`,
    ms(r.fullMs),
    ms(r.bucketMinMs),
    r.bucketMinMs > 0 ? `${(r.fullMs / r.bucketMinMs).toFixed(2)}` : '—',
    `${r.repaintMedian.toFixed(1)} / ${r.repaintP95.toFixed(1)} ms`,
    `${r.frameStartMedian.toFixed(1)} / ${r.frameStartP95.toFixed(1)} ms`,
    `${r.eventMedian} / ${r.eventP95} ms`,
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
    `naive = one request per cell plus the list calls; first rows = page load (page) or the app's navigation (app) → the first frame in which every switch in the rows on screen shows its state (checked in each frame), median over ${options.loads} loads (fresh portal and browser each), app range = the fastest and slowest of them; bucket min = the fewest seconds the portal allows for that many requests; repaint = click → the frame showing the new state painted (attribute change, then rAF + message; nothing polls the page meanwhile; the message also waits for tasks queued before it); frame start = click → the start of that frame (the rAF’s frame time; up to one frame interval, 16.7 ms, when the switch makes the first frame after the click); event timing = the browser’s own Event Timing duration of each click (to the next frame presented, in 8 ms steps), >16ms clicks = those over one frame; confirm = click → switch no longer busy (portal answered and re-read), first ${options.confirmedClicks} clicks. Each click holds the button 50–66 ms, so releases land across a whole frame.`,
  )
}

/**
 * The same clicks and recorder on a page whose switch flips its attribute in the click
 * handler itself, with nothing else going on: what this browser on this machine takes to
 * paint a change made at once. Read the app's figures against it.
 */
async function measureFloor(clicks: number, via: Options['clicksVia']) {
  const browser = await launchChromium()
  try {
    const page = await openTab(browser, { width: 1400, height: 900 })
    await page.setContent(
      `<button role="switch" aria-checked="false" data-row="0" data-col="0"
         onclick="this.setAttribute('aria-checked', String(this.getAttribute('aria-checked') !== 'true'))"
         style="width:40px;height:24px">switch</button>`,
    )
    const frame = page.mainFrame()
    await frame.evaluate('globalThis.__name ??= (fn) => fn')
    await frame.evaluate(installRecorder)
    const paints = await paintSignals(page)
    for (let i = 0; i < clicks; i += 1) {
      const paintsBefore = paints.count
      if (!(await clickSwitch(frame, { row: 0, col: 0 }, via, holdMs(i))))
        throw new Error('floor: switch hidden')
      await paints.after(paintsBefore, frame)
    }
    const bench = await frame.evaluate(() => (window as unknown as BenchWindow).__bench)
    return { repaint: bench.repaint, frameStart: bench.frameStart, events: bench.eventDurations }
  } finally {
    await browser.close()
  }
}

/**
 * Opens the portal and the app once in a browser that is then closed, so the first size
 * measured does not also pay for Chromium's first start from disk and the servers' first
 * requests: a user's browser is already running when the portal opens the app. Every size
 * still starts in a new browser with an empty cache and no warm-start copy.
 */
async function warmUp(running: AppInPortal) {
  await running.control.reset({ scenario: 'large', lines: 5, connectors: 3, seed: 7 })
  const browser = await launchChromium()
  try {
    // Nothing is timed here, so the tab need not wait for the browser to settle (openTab).
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    const firstRows = await watchFirstRows(page, running.appUrl)
    await page.goto(running.portalUrl)
    await firstRows.seen
  } finally {
    await browser.close()
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const running = await startAppInPortal({ skipBuild: options.skipBuild, name: 'bench' })
  try {
    await warmUp(running)
    if (options.firstRowsOnly) {
      for (const size of options.sizes) {
        const { page, app } = await timeFirstRows(running, options, size, options.loads)
        console.log(
          `${size.lines}×${size.connectors} first rows, app median ${ms(percentile(app, 50))} (${app.map(Math.round).join(', ')} ms), page median ${ms(percentile(page, 50))}`,
        )
      }
      return
    }
    const rows: Row[] = []
    for (const size of options.sizes) {
      console.log(`measuring ${size.lines}×${size.connectors}…`)
      rows.push(
        await timeMoreFirstRows(running, options, size, await measureSize(running, options, size)),
      )
    }
    console.log('measuring the browser’s floor…')
    const floor = await measureFloor(options.clicks, options.clicksVia)
    printTable(rows, await bundleSizes(join(ROOT, 'dist')), options)
    console.log(
      `Floor (a switch flipped in its own click handler, same clicks and recorder): repaint p50/p95 ${percentile(floor.repaint, 50).toFixed(1)} / ${percentile(floor.repaint, 95).toFixed(1)} ms; its frame's start p50/p95 ${percentile(floor.frameStart, 50).toFixed(1)} / ${percentile(floor.frameStart, 95).toFixed(1)} ms; Event Timing p50/p95 ${percentile(floor.events, 50)} / ${percentile(floor.events, 95)} ms`,
    )
  } finally {
    await running.close()
  }
}

await main()
