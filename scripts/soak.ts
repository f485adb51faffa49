// `npm run soak`: 1,000 switches across the grid of the built app, in Chromium, through the
// local portal, with 10 % of the switch and read-back requests failing (500, 503, dropped
// connection, expired token, slow answer). Prints its figures; exits 1 on any violation:
// the screen differs from the portal, a failure notice sits on a cell off the portal's
// truth, the console has an error, or the heap keeps growing with switches.
//
//   npm run soak -- --switches=1000 --share=0.1 --seed=1 --every=200 [--kinds=500,slow] [--skip-build]
import {
  FAULT_KINDS,
  HEAP_GROWTH_LIMIT_BYTES,
  heapGrowth,
  mb,
  runSoak,
  soakViolations,
  type SoakReport,
} from '../test/e2e/support/soak.ts'
import { argument, launchChromium, openTab, startAppInPortal } from './support/app-in-portal.ts'

async function main() {
  const argv = process.argv.slice(2)
  const switches = Number(argument(argv, 'switches') ?? 1000)
  const share = Number(argument(argv, 'share') ?? 0.1)
  const seed = Number(argument(argv, 'seed') ?? 1)
  const every = Number(argument(argv, 'every') ?? 200)
  const kinds = argument(argv, 'kinds')?.split(',')
  const running = await startAppInPortal({ skipBuild: argv.includes('--skip-build'), name: 'soak' })
  const portal = running.control
  await portal.limits(100_000, 100_000)
  const browser = await launchChromium()
  let report: SoakReport
  try {
    const page = await openTab(browser, { width: 2400, height: 1400 })
    // tsx keeps function names with a `__name` helper that functions sent to the page
    // carry along; the page has none.
    await page.addInitScript('globalThis.__name = (target) => target')
    await page.goto(running.portalUrl)
    report = await runSoak(
      page,
      {
        setFaults: (rules) => portal.faults(rules),
        clearFaults: () => portal.clearFaults(),
        state: () => portal.state(),
      },
      {
        switches,
        share,
        seed,
        checkpointEvery: every,
        ...(kinds && { kinds }),
        log: (line) => console.log(line),
      },
    )
  } finally {
    await browser.close()
    await running.close()
  }

  const injected = Object.values(report.faults).reduce((sum, n) => sum + n, 0)
  const growth = heapGrowth(report.heap)
  console.log(`\nOpen Lines Switchboard soak — seed ${seed}, ${share * 100} % of requests faulted`)
  console.log(`switches            ${report.switches}`)
  console.log(`duration            ${(report.durationMs / 1000).toFixed(1)} s`)
  console.log(
    `faults injected     ${injected} (${FAULT_KINDS.map(({ kind }) => `${kind} ${report.faults[kind] ?? 0}`).join(', ')})`,
  )
  console.log(`failures reported   ${report.told.length}`)
  for (const sentence of report.told) console.log(`  · ${sentence}`)
  console.log(
    `heap after GC       ${report.heap.map((h) => `${h.switches}: ${mb(h.usedBytes)}`).join(', ')}`,
  )
  console.log(
    `heap growth         ${mb(growth.bytes)} from the first checkpoint to the last, ${Math.round(growth.perSwitch)} B a switch (limit ${mb(HEAP_GROWTH_LIMIT_BYTES)})`,
  )
  console.log(`screen vs portal    ${report.mismatches.length} cells differ`)
  console.log(
    `notices at the end  ${report.noticesOffTruth.length} off the portal's truth, ${report.noticesOnTarget} whose target the portal holds anyway`,
  )
  console.log(`console errors      ${report.consoleErrors.length}`)
  const found = soakViolations(report)
  if (found.length > 0) {
    console.error(`\nFAILED:\n- ${found.join('\n- ')}`)
    process.exitCode = 1
  } else {
    console.log('\nOK')
  }
}

await main()
