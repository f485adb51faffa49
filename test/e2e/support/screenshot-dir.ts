import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the journeys write their screenshots: inside Playwright's outputDir, test-results/. */
export const SCREENSHOT_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../test-results/screenshots',
)
