import { expect, test } from './support/fixtures'
import { gridOf } from './support/app'

test('a portal past the burst of 50 requests loads whole without one refused request', async ({
  control,
  openPortal,
}) => {
  // 200 lines × 15 connectors: 60 status batches and the lists, twelve past the burst.
  await control.reset({ scenario: 'large', lines: 200, connectors: 15, seed: 3 })
  await control.faults([{ method: 'batch', latencyMs: 50 }])
  await control.clearLog()
  const { app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  await expect(app.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 })
  await expect(app.locator('[role="switch"][data-state="loading"]')).toHaveCount(0)

  const log = await control.log()
  expect(log.length).toBeGreaterThan(55)
  expect(log.filter((entry) => entry.status === 503)).toEqual([])
})
