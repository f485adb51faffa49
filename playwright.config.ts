import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/e2e/support/chromium'

// End-to-end tests run the production build inside the local portal, in Debian's
// Chromium (Playwright cannot download browsers here). global-setup starts the portal
// and the app on free ports with a fresh data folder.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/support/global-setup.ts',
  // One portal and one machine of 2 cores: tests share the portal, so they run in order.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['./test/e2e/support/screenshots-reporter.ts']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // Room for the demo portal's 8 lines × 13 connectors without windowing either axis, so a
    // journey can reach any cell; readCells scrolls for anything larger.
    viewport: { width: 2400, height: 1400 },
    trace: 'retain-on-failure',
  },
})
