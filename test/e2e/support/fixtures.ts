import { test as base, expect, type FrameLocator, type Page } from '@playwright/test'
import { PortalControl } from './portal-control'

export { PortalControl }

export function portalUrl(): string {
  const url = process.env.PORTAL_URL
  if (!url) throw new Error('PORTAL_URL is not set: run the e2e tests through playwright.config.ts')
  return url
}

export interface PortalFixtures {
  control: PortalControl
  /** The portal page with the app inside; `app` reaches into its iframe. */
  openPortal: (query?: string) => Promise<{ page: Page; app: FrameLocator }>
}

export const test = base.extend<PortalFixtures>({
  // Playwright reads a fixture's dependencies from this pattern; the control has none.
  // eslint-disable-next-line no-empty-pattern
  control: async ({}, use) => {
    const control = new PortalControl(portalUrl())
    await control.clearFaults()
    await control.limits(50, 2)
    await control.reset({ scenario: 'demo' })
    await control.session({
      lang: 'en',
      isAdmin: true,
      canModifyConnectors: true,
      authExpires: 3600,
    })
    await control.clearLog()
    await use(control)
    await control.clearFaults()
  },
  openPortal: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await use(async (query = '') => {
      await page.goto(new URL(`/${query}`, portalUrl()).href)
      return { page, app: page.frameLocator('iframe.b24-app-frame') }
    })
    expect(errors, 'uncaught errors in the page').toEqual([])
  },
})

export { expect }
