import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { FrameLocator, Locator, Page } from '@playwright/test'
import type { PortalStateSnapshot, StatusRow } from '../../../portal/model/types'
import { expect, test, type PortalControl } from './fixtures'
import { expectedCells } from './expected'
import { screenshotDir } from './screenshots-reporter'

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
  return switchLocator.locator('xpath=..')
}

export interface ScreenCell {
  name: string | null
  checked: boolean
  status: string | null | undefined
}

/** Every switch of the grid as the user sees it, in reading order. */
export function readCells(grid: Locator): Promise<ScreenCell[]> {
  return grid.getByRole('switch').evaluateAll((switches) =>
    switches.map((element) => ({
      name: element.getAttribute('aria-label'),
      checked: element.getAttribute('aria-checked') === 'true',
      status: document.getElementById(element.getAttribute('aria-describedby')?.split(' ')[0] ?? '')
        ?.textContent,
    })),
  )
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
