import type { FrameLocator, Locator, Page } from '@playwright/test'
import {
  expectNoSeriousA11yViolations,
  expectSettled,
  gridOf,
  rowOf,
  screenshot,
  scrollToSwitch,
} from './support/app'
import { expectedCells } from './support/expected'
import { expect, test, type PortalControl } from './support/fixtures'

// The Air look in both themes, and a grid that stays usable where space is short: a 360 px
// wide frame, and a whole window zoomed to 200 %. In each: the switch farthest from the
// corner is found, scrolled to and switched; the sticky names stay in view; nothing but the
// grid scrolls sideways; axe finds nothing serious; a screenshot is kept.

const THEMES = ['light', 'dark'] as const

/** The last switch of the grid that is off: the farthest one to reach, and no dialog on. */
async function farthestOffSwitch(control: PortalControl): Promise<string> {
  const off = expectedCells(await control.state()).filter((cell) => !cell.checked)
  const last = off.at(-1)
  if (!last) throw new Error('the demo portal has no switch that is off')
  return last.name
}

/** Opens the portal in a theme and waits until every cell is read. */
async function openIn(
  openPortal: (query?: string) => Promise<{ page: Page; app: FrameLocator }>,
  theme: (typeof THEMES)[number],
  frameWidth?: number,
) {
  const opened = await openPortal(`?theme=${theme}`)
  if (frameWidth !== undefined) {
    await opened.page.locator('.b24-app').evaluate((box, width) => {
      ;(box as HTMLElement).style.width = `${width}px`
    }, frameWidth)
  }
  await expect(gridOf(opened.app)).toBeVisible()
  await expectSettled(opened.app)
  await expect(opened.app.getByRole('progressbar')).toHaveCount(0)
  return opened
}

/** Where a locator sits on screen (it must be drawn). */
async function box(locator: Locator) {
  const found = await locator.boundingBox()
  expect(found, 'drawn on screen').not.toBeNull()
  return found ?? { x: 0, y: 0, width: 0, height: 0 }
}

async function expectUsable(page: Page, app: FrameLocator, control: PortalControl, label: string) {
  // Nothing but the grid scrolls sideways: the toolbar and legend wrap.
  const overflow = await app.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)
  expect(overflow, 'the app scrolls sideways as a whole').toBeLessThanOrEqual(0)

  const name = await farthestOffSwitch(control)
  const target = await scrollToSwitch(app, name)
  // Playwright clicks only what is on screen and not covered, e.g. by a sticky header.
  await target.click()
  await expect(target).toHaveAttribute('aria-checked', 'true')
  await expectSettled(app)

  // Scrolled to the far corner, the names that tell what the switch is stay in view.
  const scroller = app.locator('.grid-scroller')
  const area = await box(scroller)
  const [connectorName, lineName] = name.split(' on ') as [string, string]
  const rowHeader = gridOf(app).getByRole('rowheader', { name: new RegExp(`^${lineName}`) })
  const columnHeader = gridOf(app).getByRole('columnheader', { name: connectorName })
  const row = await box(rowHeader)
  const column = await box(columnHeader)
  const cell = await box(target)
  expect(Math.abs(row.x - area.x), 'the line names stay at the left edge').toBeLessThanOrEqual(2)
  expect(Math.abs(column.y - area.y), 'the connector names stay at the top').toBeLessThanOrEqual(2)
  expect(cell.x, 'the switch is right of the line names').toBeGreaterThanOrEqual(row.x + row.width)
  expect(cell.y, 'the switch is below the connector names').toBeGreaterThanOrEqual(
    column.y + column.height,
  )

  const state = await control.state()
  const [lineRecord] = state.lines.filter((line) => line.LINE_NAME === lineName)
  const connector = state.connectors.find((c) => c.names.en === connectorName)
  expect(rowOf(state, connector?.id ?? '', lineRecord?.ID ?? '')?.ACTIVE).toBe(true)

  await expectNoSeriousA11yViolations(page, label)
  await screenshot(page, label)
}

for (const theme of THEMES) {
  test(`a 360 px wide frame in the ${theme} theme: the grid scrolls, names stay, a far switch toggles`, async ({
    control,
    openPortal,
  }) => {
    const { page, app } = await openIn(openPortal, theme, 360)
    expect((await box(app.locator('body'))).width).toBe(360)
    await expectUsable(page, app, control, `narrow-360-${theme}`)
  })
}

test.describe('a 1280 × 800 window zoomed to 200 %', () => {
  // Browser zoom is a CSS viewport half the window's size, drawn at twice the pixel density.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })

  for (const theme of THEMES) {
    test(`in the ${theme} theme: text is twice the size and a far switch still toggles`, async ({
      control,
      openPortal,
    }) => {
      const { page, app } = await openIn(openPortal, theme)
      await expectUsable(page, app, control, `zoom-200-${theme}`)
    })
  }
})

test('the app follows the portal’s theme when told, else the browser’s', async ({
  openPortal,
  page,
}) => {
  const background = (app: FrameLocator) =>
    app.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor)
  const light = 'rgb(238, 242, 244)'
  const dark = 'rgb(23, 23, 23)'

  let opened = await openPortal('?theme=dark')
  await expect(gridOf(opened.app)).toBeVisible()
  expect(await background(opened.app)).toBe(dark)

  await page.emulateMedia({ colorScheme: 'dark' })
  opened = await openPortal('?theme=light')
  await expect(gridOf(opened.app)).toBeVisible()
  expect(await background(opened.app)).toBe(light)

  opened = await openPortal()
  await expect(gridOf(opened.app)).toBeVisible()
  expect(await background(opened.app)).toBe(dark)
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await background(opened.app)).toBe(light)
})

test('the grid does not move once drawn, even when the bars above it arrive late', async ({
  openPortal,
  page,
}) => {
  // A slow network: the filter bar's and the bulk bar's chunks land a second after the rest.
  await page.route(/\/assets\/(filter-bar|bulk-bar)-[^/]*\.(js|css)$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    await route.continue()
  })
  const { page: portal, app } = await openPortal()
  // Narrow, so that the bars wrap to several lines: a late bar would push the grid far down.
  await portal.locator('.b24-app').evaluate((frame) => {
    ;(frame as HTMLElement).style.width = '360px'
  })
  const first = app.getByRole('switch').first()
  await expect(first).toBeVisible()
  const drawnAt = await box(first)
  await expect(app.getByRole('searchbox')).toBeVisible()
  await expect(app.getByRole('region', { name: 'Bulk change' })).toBeVisible()
  expect(await box(first), 'the first switch stays where it was drawn').toEqual(drawnAt)
})
