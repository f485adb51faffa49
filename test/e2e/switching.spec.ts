import { expect, test } from './support/fixtures'
import {
  expectNoSeriousA11yViolations,
  cellOf,
  expectScreenEqualsPortal,
  gridOf,
  isGone,
  rowOf,
  screenshot,
  switchOf,
} from './support/app'

test('switching on reaches the portal; switching off asks first and the portal loses the settings', async ({
  control,
  openPortal,
}) => {
  const { page, app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()

  // On: Viber on Sales is off in the demo (reading its status leaves an empty row).
  expect(isGone(rowOf(await control.state(), 'viber', '1'))).toBe(true)
  const viber = switchOf(app, 'Viber on Sales')
  await expect(viber).toHaveAttribute('aria-checked', 'false')
  const salesRow = app
    .getByRole('row')
    .filter({ has: app.getByRole('switch', { name: 'Viber on Sales', exact: true }) })
  const rowHeight = (await salesRow.boundingBox())?.height
  const badge = cellOf(viber).locator('.status')
  const badgeBox = await badge.boundingBox()
  await viber.click()
  await expect(viber).toHaveAttribute('aria-checked', 'true')
  await expect(viber).toHaveAccessibleDescription(/^Working/)
  // The badge was already as wide as its "Working": the state changes, nothing moves.
  expect(await badge.boundingBox()).toEqual(badgeBox)
  // A built-in channel points to its Contact Center settings once it is on, beside the switch:
  // the row keeps its height, so the switches below do not move under the pointer.
  await expect(app.getByRole('button', { name: 'Open Viber settings for Sales' })).toBeVisible()
  expect((await salesRow.boundingBox())?.height).toBe(rowHeight)
  let state = await expectScreenEqualsPortal(app, control)
  expect(rowOf(state, 'viber', '1')).toMatchObject({
    ACTIVE: true,
    CONNECTION: true,
    REGISTER: true,
    ERROR: false,
  })

  // Off: Telegram on Sales is working and holds its bot's settings.
  expect(rowOf(state, 'telegrambot', '1')?.DATA).toMatchObject({ ID: '@examplesalesbot' })
  const telegram = switchOf(app, 'Telegram on Sales')
  await telegram.click()
  const dialog = app.getByRole('dialog', { name: 'Turn off Telegram on Sales?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Bitrix24 deletes this connector’s settings')
  await expect(dialog.getByRole('button', { name: 'Keep it on' })).toBeFocused()
  // Nothing has been sent yet: the portal still holds the row and the switch stays on.
  await expect(telegram).toHaveAttribute('aria-checked', 'true')
  expect(rowOf(await control.state(), 'telegrambot', '1')?.ACTIVE).toBe(true)
  await screenshot(page, 'confirm-off-dialog')
  await expectNoSeriousA11yViolations(page, 'the confirmation dialog')

  await dialog.getByRole('button', { name: 'Turn off and delete settings' }).click()
  await expect(dialog).toBeHidden()
  await expect(telegram).toHaveAttribute('aria-checked', 'false')
  await expect(telegram).toHaveAccessibleDescription('Off')
  state = await expectScreenEqualsPortal(app, control)
  const row = rowOf(state, 'telegrambot', '1')
  expect(isGone(row), `telegrambot on line 1 is still ${JSON.stringify(row)}`).toBe(true)
  expect(state.events).toContainEqual(
    expect.objectContaining({
      event: 'ONIMCONNECTORSTATUSDELETE',
      data: { connector: 'telegrambot', line: '1' },
    }),
  )
  // Viber off again: its setup action goes out of sight and reach; the row keeps its height.
  // The action is kept in place, hidden: taken out, it laid the grid out again in the click
  // (decision 008).
  await viber.click()
  await app
    .getByRole('dialog', { name: 'Turn off Viber on Sales?' })
    .getByRole('button', { name: 'Turn off and delete settings' })
    .click()
  await expect(viber).toHaveAttribute('aria-checked', 'false')
  await expect(app.getByRole('button', { name: 'Open Viber settings for Sales' })).toHaveCount(0)
  await expect(cellOf(viber).locator('.cell__setup')).toHaveCount(1)
  await expect(cellOf(viber).locator('.cell__setup')).toBeHidden()
  await expect(viber).toHaveAccessibleDescription('Off')
  expect((await salesRow.boundingBox())?.height).toBe(rowHeight)

  // Nothing went wrong, so nothing is announced or shown as an error.
  await expect(app.getByText(/Not switched/)).toHaveCount(0)
})
