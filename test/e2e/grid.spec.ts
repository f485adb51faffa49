import { expect, test } from './support/fixtures'
import { expectedCells } from './support/expected'
import { expectNoSeriousA11yViolations, expectSettled, gridOf, screenshot } from './support/app'

test('the demo grid loads inside the portal and every cell matches the portal', async ({
  control,
  openPortal,
}) => {
  const { page, app } = await openPortal()
  const grid = app.getByRole('grid', { name: 'Connectors of every Open Channel' })
  await expect(grid).toBeVisible()
  await expect(page.locator('#pagetitle, .b24-title').first()).toBeVisible()

  const expected = expectedCells(await control.state())
  expect(expected).toHaveLength(8 * 13)
  const actual = await grid.getByRole('switch').evaluateAll((switches) =>
    switches.map((element) => ({
      name: element.getAttribute('aria-label'),
      checked: element.getAttribute('aria-checked') === 'true',
      status: document.getElementById(element.getAttribute('aria-describedby')?.split(' ')[0] ?? '')
        ?.textContent,
    })),
  )
  expect(actual).toEqual(expected)
})

test('the grid has no serious accessibility problems and is photographed for the README', async ({
  openPortal,
}) => {
  const { page, app } = await openPortal()
  const grid = gridOf(app)
  await expect(grid.getByRole('switch')).toHaveCount(8 * 13)
  await expectSettled(app)
  await expectNoSeriousA11yViolations(page, 'the grid')
  await screenshot(page, 'grid')
})
