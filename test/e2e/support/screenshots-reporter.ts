import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FullConfig, Reporter } from '@playwright/test/reporter'

/** The journeys' screenshots go to `<outputDir>/screenshots` (test-results/ unless --output). */
export function screenshotDir(outputDir: string): string {
  return join(outputDir, 'screenshots')
}

/** Prints, once at the end of the run, where the journeys' screenshots were written. */
export default class ScreenshotsReporter implements Reporter {
  private dirs: string[] = []

  onBegin(config: FullConfig) {
    this.dirs = [...new Set(config.projects.map((p) => screenshotDir(p.outputDir)))]
  }
  onEnd() {
    for (const dir of this.dirs) {
      if (existsSync(dir)) console.log(`\n  e2e screenshots: ${dir}\n`)
    }
  }
  printsToStdio() {
    return false
  }
}
