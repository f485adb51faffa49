import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { FrameLocator, Locator, Page } from '@playwright/test'
import type { PortalStateSnapshot, StatusRow } from '../../../portal/model/types'
import { expect, test, type PortalControl } from './fixtures'
import { expectedCells } from './expected'
import { readCells } from './read-cells'
import { screenshotDir } from './screenshots-reporter'

export { readCells, type ScreenCell } from './read-cells'

// What the journeys share: the grid as the user sees it, "everything has settled",
// the portal row of a cell, axe and screenshots.

export const GRID_NAME = 'Connectors of every Open Channel'

export function gridOf(app: FrameLocator): Locator {
  return app.getByRole('grid', { name: GRID_NAME })
}

export function switchOf(app: FrameLocator, name: string): Locator {
  return gridOf(app).getByRole('switch', { name, exact: true })
}

/** The cell around a switch: its status word and any message beside it. */
export function cellOf(switchLocator: Locator): Locator {
  return switchLocator.locator('xpath=ancestor::td[1]')
}

/** Nothing in the frame is busy any more: no switch on its way, no refresh running. */
export async function expectSettled(app: FrameLocator, timeout = 20_000): Promise<void> {
  await expect(app.locator('[aria-busy="true"]')).toHaveCount(0, { timeout })
}

/** Waits until nothing is busy, then the screen must equal the portal, cell for cell. */
export async function expectScreenEqualsPortal(
  app: FrameLocator,
  control: PortalControl,
  timeout = 20_000,
): Promise<PortalStateSnapshot> {
  await expectSettled(app, timeout)
  const state = await control.state()
  expect(await readCells(gridOf(app))).toEqual(expectedCells(state))
  return state
}

export function rowOf(
  state: PortalStateSnapshot,
  connector: string,
  line: string,
): StatusRow | undefined {
  return state.statuses.find((s) => s.connector === connector && s.line === line)
}

/** Switched off as the portal understands it: no row, or the all-off empty row status re-creates. */
export function isGone(row: StatusRow | undefined): boolean {
  if (!row) return true
  return !row.ACTIVE && !row.CONNECTION && !row.REGISTER && !row.ERROR && isEmpty(row.DATA)
}

function isEmpty(data: object): boolean {
  return Object.keys(data).length === 0
}

/** Zero serious or critical axe violations inside the app's frame. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('iframe.b24-app-frame').analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 8).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      more: Math.max(0, v.nodes.length - 8),
    }))
  expect(serious, `axe: serious or critical violations on ${label}`).toEqual([])
}

/** Writes the page as the user sees it to <outputDir>/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = screenshotDir(test.info().project.outputDir)
  mkdirSync(dir, { recursive: true })
  const path = resolve(dir, `${name}.png`)
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
  return path
}

/**
 * Scrolls the grid, as a user would, until the switch of that name is drawn (the grid draws
 * only what is in view), and returns it. The switch is then on screen or one click away.
 */
export async function scrollToSwitch(app: FrameLocator, name: string): Promise<Locator> {
  const found = await gridOf(app).evaluate(async (table, wanted) => {
    const scroller = table.closest('.grid-scroller') as HTMLElement
    const frame = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    const present = () =>
      [...table.querySelectorAll('[role="switch"]')].some(
        (element) => element.getAttribute('aria-label') === wanted,
      )
    for (let top = 0; ; top += Math.max(1, scroller.clientHeight / 2)) {
      for (let left = 0; ; left += Math.max(1, scroller.clientWidth / 2)) {
        scroller.scrollTo({ top, left })
        await frame()
        await frame()
        if (present()) return true
        if (left + scroller.clientWidth >= scroller.scrollWidth) break
      }
      if (top + scroller.clientHeight >= scroller.scrollHeight) return false
    }
  }, name)
  expect(found, `the grid never drew the switch "${name}"`).toBe(true)
  return switchOf(app, name)
}
