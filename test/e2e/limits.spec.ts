import { expect, test } from './support/fixtures'
import { expectScreenEqualsPortal, gridOf } from './support/app'

test('a portal past the burst of 50 requests loads whole without one refused request', async ({
  control,
  openPortal,
}) => {
  // 200 lines × 15 connectors: 60 status batches and the lists, twelve past the burst.
  await control.reset({ scenario: 'large', lines: 200, connectors: 15, seed: 3 })
  await control.faults([{ method: 'batch', latencyMs: 50 }])
  await control.clearLog()
  const { app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  await expect(app.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 })
  await expect(app.locator('[role="switch"][data-state="loading"]')).toHaveCount(0)

  const log = await control.log()
  expect(log.length).toBeGreaterThan(55)
  expect(log.filter((entry) => entry.status === 503)).toEqual([])
})

test('switches flipped while the bucket is spent reach the portal in one request, none refused', async ({
  control,
  openPortal,
}) => {
  test.setTimeout(90_000)
  // 200 lines × 25 connectors: 100 status batches, so the reads spend the burst and the
  // rest leave at 2 a second, for about half a minute.
  await control.reset({ scenario: 'large', lines: 200, connectors: 25, seed: 3 })
  await control.faults([{ method: 'batch', latencyMs: 50 }])
  await control.clearLog()
  const { page, app } = await openPortal()
  const grid = gridOf(app)
  await expect(grid).toBeVisible()
  const progress = app.getByRole('progressbar', { name: 'Connector states loaded' })
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
    .toBeGreaterThan(55 * 50)

  // The first line's switches that are off: on screen, so read first.
  const firstRow = grid.locator('[role="switch"][data-row="0"]')
  await expect(grid.locator('[role="switch"][data-row="0"][data-state="loading"]')).toHaveCount(0)
  const offAt = (await firstRow.evaluateAll((switches) =>
    switches.map((element) => element.getAttribute('aria-checked') === 'false'),
  )) as boolean[]
  const toSwitch = offAt.flatMap((off, col) => (off ? [col] : [])).slice(0, 6)
  expect(toSwitch).toHaveLength(6)
  await firstRow.first().focus()
  for (let col = 0; col <= (toSwitch.at(-1) ?? 0); col += 1) {
    if (toSwitch.includes(col)) await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
  }
  for (const col of toSwitch) {
    await expect(firstRow.nth(col)).toHaveAttribute('aria-checked', 'true')
  }

  await expect(progress).toHaveCount(0, { timeout: 60_000 })
  await expectScreenEqualsPortal(app, control)
  const log = await control.log()
  expect(log.filter((entry) => entry.status === 503)).toEqual([])
  const carrying = log.filter(
    (entry) =>
      entry.method === 'imconnector.activate' ||
      entry.commands?.some((command) => command.method === 'imconnector.activate'),
  )
  const activations = carrying.flatMap((entry): { params: Record<string, unknown> }[] =>
    entry.commands
      ? entry.commands.filter((command) => command.method === 'imconnector.activate')
      : [entry],
  )
  expect(activations.map((command) => String(command.params.ACTIVE))).toEqual(
    toSwitch.map(() => '1'),
  )
  // Six switches, waiting together for the bucket's next token: one request, two at most
  // when a token freed up between the key presses.
  expect(carrying.length).toBeLessThanOrEqual(2)
})
