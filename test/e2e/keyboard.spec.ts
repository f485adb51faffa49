import type { Locator } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { expectScreenEqualsPortal, gridOf, isGone, rowOf, switchOf } from './support/app'

/** Whether this element has the keyboard focus of the whole page, iframe included. */
function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) =>
      element.ownerDocument.hasFocus() && element.ownerDocument.activeElement === element,
  )
}

test('keyboard only: Tab into the grid, arrows between switches, Space switches, the dialog holds focus', async ({
  control,
  openPortal,
}) => {
  const { page, app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  await expectScreenEqualsPortal(app, control)

  // From the top of the portal page, Tab alone reaches the grid's single tab stop.
  const first = switchOf(app, 'Live Chat on Sales')
  let presses = 0
  while (!(await hasFocus(first))) {
    expect(presses, 'Tab never reached the grid').toBeLessThan(40)
    await page.keyboard.press('Tab')
    presses += 1
  }
  await expect(first).toBeFocused()
  // One tab stop: the next Tab leaves the grid, Shift+Tab comes back to the same switch.
  await page.keyboard.press('Tab')
  expect(await hasFocus(first)).toBe(false)
  await expect(gridOf(app).locator(':focus')).toHaveCount(0)
  await page.keyboard.press('Shift+Tab')
  await expect(first).toBeFocused()

  // Arrows move between switches.
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const viberSales = switchOf(app, 'Viber on Sales')
  await expect(viberSales).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(switchOf(app, 'Viber on Support')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(viberSales).toBeFocused()

  // Space switches on.
  await page.keyboard.press('Space')
  await expect(viberSales).toHaveAttribute('aria-checked', 'true')
  await expect(viberSales).toBeFocused()
  let state = await expectScreenEqualsPortal(app, control)
  expect(rowOf(state, 'viber', '1')?.ACTIVE).toBe(true)

  // Space on a working switch asks; focus starts on the safe answer and stays in the dialog.
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  const telegram = switchOf(app, 'Telegram on Sales')
  await expect(telegram).toBeFocused()
  await page.keyboard.press('Space')
  const dialog = app.getByRole('dialog', { name: 'Turn off Telegram on Sales?' })
  const keep = dialog.getByRole('button', { name: 'Keep it on' })
  const turnOff = dialog.getByRole('button', { name: 'Turn off and delete settings' })
  const dontAsk = dialog.getByRole('checkbox', { name: /Don’t ask again/ })
  await expect(keep).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(turnOff).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dontAsk).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(keep).toBeFocused()
  // Backwards, Shift+Tab wraps from the first control to the last.
  await page.keyboard.press('Shift+Tab')
  await expect(dontAsk).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(turnOff).toBeFocused()
  await expect(dialog).toBeVisible()

  // Escape cancels and gives focus back to the switch; nothing reached the portal.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(telegram).toBeFocused()
  await expect(telegram).toHaveAttribute('aria-checked', 'true')

  // "Keep it on" does the same.
  await page.keyboard.press('Space')
  await expect(keep).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(telegram).toBeFocused()
  state = await control.state()
  expect(rowOf(state, 'telegrambot', '1')?.ACTIVE).toBe(true)
  expect(state.events).toEqual([])

  // Confirming from the keyboard switches off and focus returns to the switch.
  await page.keyboard.press('Space')
  await expect(keep).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(turnOff).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(telegram).toHaveAttribute('aria-checked', 'false')
  await expect(telegram).toBeFocused()
  state = await expectScreenEqualsPortal(app, control)
  expect(isGone(rowOf(state, 'telegrambot', '1'))).toBe(true)
})
