import { expect, test } from './support/fixtures'
import {
  expectNoSeriousA11yViolations,
  expectSettled,
  gridOf,
  isGone,
  rowOf,
  screenshot,
  switchOf,
} from './support/app'

// The Activity panel (issue 7): what was switched from this browser, still there after a
// reload, and accessible while open beside the grid.

test('two switches appear in Activity, newest first, and are still there after a reload', async ({
  openPortal,
}) => {
  const { page, app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()

  await switchOf(app, 'Viber on Sales').click()
  await expectSettled(app)
  await switchOf(app, 'Facebook on Sales').click()
  await expectSettled(app)

  const button = app.getByRole('button', { name: 'Activity' })
  await button.click()
  const panel = app.getByRole('complementary', { name: 'Activity' })
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('heading', { name: 'Activity' })).toBeFocused()
  const entries = panel.getByRole('listitem')
  await expect(entries).toHaveCount(2)
  await expect(entries.nth(0)).toContainText('Facebook on Sales off → on Done')
  await expect(entries.nth(1)).toContainText('Viber on Sales off → on Done')
  await expect(entries.nth(0).getByRole('button', { name: 'Undo Facebook on Sales' })).toBeVisible()
  // The grid is not blocked while the panel is open.
  await expect(switchOf(app, 'Viber on Sales')).toBeEnabled()
  await screenshot(page, 'activity-panel')
  await expectNoSeriousA11yViolations(page, 'the Activity panel')

  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(button).toBeFocused()

  await page.reload()
  await expect(gridOf(app)).toBeVisible()
  await app.getByRole('button', { name: 'Activity' }).click()
  await expect(panel.getByRole('listitem')).toHaveCount(2)
  await expect(panel.getByRole('listitem').nth(0)).toContainText('Facebook on Sales')
  await expect(panel.getByRole('listitem').nth(1)).toContainText('Viber on Sales')
})

test('undo asks first; kept on, nothing changes; confirmed, the portal turns it off', async ({
  control,
  openPortal,
}) => {
  const { page, app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  const viber = switchOf(app, 'Viber on Sales')
  await viber.click()
  await expectSettled(app)
  expect(rowOf(await control.state(), 'viber', '1')?.ACTIVE).toBe(true)

  await app.getByRole('button', { name: 'Activity' }).click()
  const panel = app.getByRole('complementary', { name: 'Activity' })
  const undo = panel.getByRole('button', { name: 'Undo Viber on Sales' })
  await undo.click()
  const dialog = app.getByRole('dialog', { name: 'Turn Viber on Sales off again?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Keep it on' })).toBeFocused()
  await screenshot(page, 'activity-undo-question')
  await expectNoSeriousA11yViolations(page, 'the undo question')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(undo).toBeFocused()
  expect(rowOf(await control.state(), 'viber', '1')?.ACTIVE).toBe(true)

  await undo.click()
  await dialog.getByRole('button', { name: 'Turn off and delete settings' }).click()
  await expect(viber).toHaveAttribute('aria-checked', 'false')
  await expectSettled(app)
  expect(isGone(rowOf(await control.state(), 'viber', '1'))).toBe(true)
  await expect(panel.getByRole('listitem').nth(0)).toContainText('Viber on Sales on → off Done')
  await expect(panel.getByRole('listitem').nth(1)).toContainText('Undone')
})
