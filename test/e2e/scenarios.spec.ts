import type { Dialog } from '@playwright/test'
import { HOSTILE_LINE_NAMES } from '../../portal/model/scenarios'
import { expect, test } from './support/fixtures'
import {
  expectNoSeriousA11yViolations,
  expectScreenEqualsPortal,
  gridOf,
  rowOf,
  screenshot,
  switchOf,
} from './support/app'

test('a user without the right sees the Open Channels read-only and changes nothing', async ({
  control,
  openPortal,
}) => {
  await control.reset({ scenario: 'readonly' })
  const before = await control.state()
  const { page, app } = await openPortal()

  await expect(app.getByRole('note')).toContainText(
    'your account lacks the “Connect communication channels” permission',
  )
  const lines = app.getByRole('list', { name: 'Open Channels' }).getByRole('listitem')
  await expect(lines).toHaveText(before.lines.map((l) => new RegExp(`^${l.LINE_NAME}`)))
  await expect(app.getByRole('grid')).toHaveCount(0)
  await expect(app.getByRole('switch')).toHaveCount(0)
  await expect(app.locator('[aria-busy="true"]')).toHaveCount(0)
  await screenshot(page, 'read-only')
  await expectNoSeriousA11yViolations(page, 'the read-only page')

  const after = await control.state()
  expect(after.statuses).toEqual(before.statuses)
  expect(after.events).toEqual(before.events)
  expect((await control.log()).filter((e) => e.method === 'imconnector.activate')).toEqual([])
})

test('an empty portal explains how to create an Open Channel', async ({ control, openPortal }) => {
  await control.reset({ scenario: 'empty' })
  const { page, app } = await openPortal()

  await expect(app.getByRole('heading', { name: 'No Open Channels yet' })).toBeVisible()
  await expect(app.getByText(/You don’t have any Open Channel/)).toBeVisible()
  await expect(app.getByRole('button', { name: 'Open the Contact Center' })).toBeVisible()
  await expect(app.getByRole('grid')).toHaveCount(0)
  await screenshot(page, 'empty')
  await expectNoSeriousA11yViolations(page, 'the empty portal')

  const state = await control.state()
  expect(state.lines).toEqual([])
  expect(state.statuses).toEqual([])
})

test('hostile names render as text: nothing runs, nothing breaks the layout', async ({
  control,
  openPortal,
}) => {
  await control.reset({ scenario: 'hostile' })
  const { page, app } = await openPortal()
  const dialogs: string[] = []
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const grid = gridOf(app)
  await expect(grid).toBeVisible()
  const state = await expectScreenEqualsPortal(app, control)
  await screenshot(page, 'hostile')
  await expectNoSeriousA11yViolations(page, 'the hostile names')

  // Markup in names stays text: no element came from a name, the text shows literally.
  const main = app.getByRole('main')
  await expect(main.locator('img, script, b, iframe, object, embed')).toHaveCount(0)
  await expect(
    grid.getByRole('rowheader').filter({ hasText: '<img src=x onerror=alert(1)>' }),
  ).toBeVisible()
  await expect(
    grid.getByRole('rowheader').filter({ hasText: '<script>alert("line")</script>' }),
  ).toBeVisible()
  await expect(
    grid.getByRole('columnheader').filter({ hasText: '<img src=x onerror=alert("connector")>' }),
  ).toBeVisible()
  await expect(
    grid.getByRole('columnheader').filter({ hasText: '<script>alert(2)</script>' }),
  ).toBeVisible()
  // Every line is in the grid (it draws the rows in view; the row count covers them all).
  await expect(grid).toHaveAttribute('aria-rowcount', String(HOSTILE_LINE_NAMES.length + 1))

  // Layout: the 5,000-character name is cut, the header column stays narrow, the frame
  // does not scroll sideways (the grid scrolls inside its own box).
  const longest = grid.getByRole('rowheader').filter({ hasText: 'x'.repeat(5000) })
  const longestBox = await longest.boundingBox()
  expect(longestBox?.width).toBeLessThanOrEqual(260)
  expect(longestBox?.height).toBeLessThanOrEqual(80)
  for (const header of await grid.getByRole('columnheader').all()) {
    const box = await header.boundingBox()
    expect(box?.width).toBeLessThanOrEqual(260)
    expect(box?.height).toBeLessThanOrEqual(80)
  }
  const overflow = await main.evaluate((element) => ({
    page: element.ownerDocument.documentElement.scrollWidth,
    viewport: element.ownerDocument.documentElement.clientWidth,
  }))
  expect(overflow.page).toBeLessThanOrEqual(overflow.viewport)

  // A cell with a hostile line and a hostile connector still switches.
  const cell = switchOf(
    app,
    '<img src=x onerror=alert("connector")> on <img src=x onerror=alert(1)>',
  )
  const wasOn = (await cell.getAttribute('aria-checked')) === 'true'
  expect(wasOn).toBe(rowOf(state, 'xss_connector', '3')?.ACTIVE === true)
  if (!wasOn) await cell.click()
  else {
    await cell.click()
    await app.getByRole('button', { name: 'Turn off and delete settings' }).click()
  }
  await expect(cell).toHaveAttribute('aria-checked', String(!wasOn))
  await expectScreenEqualsPortal(app, control)

  await expect(main.locator('img, script, b, iframe, object, embed')).toHaveCount(0)
  expect(dialogs).toEqual([])
})
