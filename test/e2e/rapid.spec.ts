import type { FrameLocator } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { expectScreenEqualsPortal, gridOf, isGone, readCells, rowOf, switchOf } from './support/app'

/** Turns a cell off through the dialog, ticking "Don't ask again" on the way. */
async function stopAsking(app: FrameLocator, name: string) {
  await switchOf(app, name).click()
  const dialog = app.getByRole('dialog')
  await dialog.getByRole('checkbox', { name: /Don’t ask again/ }).check()
  await dialog.getByRole('button', { name: 'Turn off and delete settings' }).click()
  await expect(dialog).toBeHidden()
}

test('five quick clicks on one switch end where the last click pointed', async ({
  control,
  openPortal,
}) => {
  const { app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  await stopAsking(app, 'Live Chat on Night shift')

  const viber = switchOf(app, 'Viber on Sales')
  await expect(viber).toHaveAttribute('aria-checked', 'false')
  for (let i = 0; i < 5; i += 1) await viber.click()
  // Off → on → off → on → off → on: the screen shows the last intent at once…
  await expect(viber).toHaveAttribute('aria-checked', 'true')
  await expect(app.getByRole('dialog')).toHaveCount(0)
  // …and the portal ends there too, with the screen equal to it and nothing busy.
  const state = await expectScreenEqualsPortal(app, control)
  expect(rowOf(state, 'viber', '1')).toMatchObject({ ACTIVE: true, ERROR: false })
  expect(isGone(rowOf(state, 'livechat', '6'))).toBe(true)
  const activations = (await control.log()).filter(
    (e) => e.method === 'imconnector.activate' && e.params.CONNECTOR === 'viber',
  )
  expect(activations.map((e) => String(e.params.ACTIVE))).toEqual(['1', '0', '1', '0', '1'])
  await expect(app.getByText(/Not switched/)).toHaveCount(0)
})

test('fifteen switches flipped in a rush all land, and the screen equals the portal', async ({
  control,
  openPortal,
}) => {
  const { app } = await openPortal()
  const grid = gridOf(app)
  await expect(grid).toBeVisible()
  await stopAsking(app, 'Live Chat on Night shift')
  await expectScreenEqualsPortal(app, control)

  // The first two rows and a bit: working, failing, half set up and off cells alike.
  const before = (await readCells(grid)).slice(0, 15)
  const switches = grid.getByRole('switch')
  for (let i = 0; i < 15; i += 1) await switches.nth(i).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)

  await expectScreenEqualsPortal(app, control)
  const after = (await readCells(grid)).slice(0, 15)
  expect(after.map((c) => [c.name, c.checked])).toEqual(before.map((c) => [c.name, !c.checked]))
  await expect(app.getByText(/Not switched/)).toHaveCount(0)
})

test('two rows switched in the same instant on a slow portal settle equal to it', async ({
  control,
  openPortal,
}) => {
  const { app } = await openPortal()
  const grid = gridOf(app)
  await expect(grid).toBeVisible()
  await stopAsking(app, 'Live Chat on Night shift')
  await expectScreenEqualsPortal(app, control)

  // Every switch and status read waits, so the clicks, the switches and the re-reads overlap.
  await control.faults([{ method: 'imconnector.activate', latencyMs: 250 }])
  const before = (await readCells(grid)).slice(13, 39)
  await grid
    .getByRole('switch')
    .evaluateAll((all) => all.slice(13, 39).forEach((element) => (element as HTMLElement).click()))
  await expect(grid.locator('[aria-busy="true"]').first()).toBeVisible()

  await expectScreenEqualsPortal(app, control, 30_000)
  const after = (await readCells(grid)).slice(13, 39)
  expect(after.map((c) => [c.name, c.checked])).toEqual(before.map((c) => [c.name, !c.checked]))
  await expect(app.getByText(/Not switched/)).toHaveCount(0)
})
