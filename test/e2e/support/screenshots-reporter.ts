import { existsSync } from 'node:fs'
import type { Reporter } from '@playwright/test/reporter'
import { SCREENSHOT_DIR } from './screenshot-dir'

/** Prints, once at the end of the run, where the journeys' screenshots were written. */
export default class ScreenshotsReporter implements Reporter {
  onEnd() {
    if (existsSync(SCREENSHOT_DIR)) console.log(`\n  e2e screenshots: ${SCREENSHOT_DIR}\n`)
  }
  printsToStdio() {
    return false
  }
}
