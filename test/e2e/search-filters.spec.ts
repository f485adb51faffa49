import { expect, test } from './support/fixtures'
import {
  expectNoSeriousA11yViolations,
  expectSettled,
  gridOf,
  rowOf,
  screenshot,
  switchOf,
} from './support/app'

test('search and filters narrow the grid, survive a reload, and a switch in it reaches the portal', async ({
  control,
  openPortal,
}) => {
  const { page, app } = await openPortal()
  const grid = gridOf(app)
  await expect(grid.getByRole('switch')).toHaveCount(8 * 13)
  const rows = grid.getByRole('rowheader')
  const counts = app.locator('.toolbar__counts')
  const search = app.getByRole('searchbox', { name: 'Search Open Channels and connectors' })
  const active = app.getByRole('checkbox', { name: 'Only active Open Channels' })
  const problems = app.getByRole('checkbox', { name: 'Only with problems' })

  // Keyboard: tick a filter, then "/" jumps to the search box and typing narrows at once.
  await active.check()
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  await page.keyboard.type('SUPPORT')
  await expect(rows).toHaveText([/^Support/, /^VIP Support/])
  await expect(counts).toContainText('Filtered: 2 of 8 Open Channels')
  await problems.check()
  await expect(rows).toHaveText([/^Support/])
  await expect(counts).toContainText('Filtered: 1 of 8 Open Channels')
  await expectNoSeriousA11yViolations(page, 'the filtered grid')
  await screenshot(page, 'search-filters')

  // A reload finds the grid as it was left.
  await page.reload()
  await expect(search).toHaveValue('SUPPORT')
  await expect(active).toBeChecked()
  await expect(problems).toBeChecked()
  await expect(rows).toHaveText([/^Support/])
  await expect(grid.getByRole('switch')).toHaveCount(13)

  // A switch in the filtered grid reaches the portal.
  const whatsapp = switchOf(app, 'WhatsApp on Support')
  await expect(whatsapp).toHaveAttribute('aria-checked', 'false')
  await whatsapp.click()
  await expect(whatsapp).toHaveAttribute('aria-checked', 'true')
  await expectSettled(app)
  expect(rowOf(await control.state(), 'whatsappbyedna', '2')).toMatchObject({
    ACTIVE: true,
    CONNECTION: true,
    REGISTER: true,
  })

  // Text that matches nothing: a message and a way back to the whole grid.
  await search.fill('no such channel')
  await expect(grid).toBeHidden()
  await expect(
    app.getByRole('heading', { name: 'Nothing matches the search and filters' }),
  ).toBeVisible()
  await expectNoSeriousA11yViolations(page, 'the empty filtered view')
  await app.getByRole('button', { name: 'Clear filters' }).last().click()
  await expect(grid.getByRole('switch')).toHaveCount(8 * 13)
  await expect(search).toBeFocused()
  await expect(counts).toContainText('8 Open Channels')
  await expect(counts).not.toContainText('Filtered')
})
