import { expect, test } from './support/fixtures'
import {
  expectNoSeriousA11yViolations,
  expectScreenEqualsPortal,
  expectSettled,
  gridOf,
  isGone,
  rowOf,
  screenshot,
  switchOf,
} from './support/app'

test('a bulk change with some failures: summary with reasons, failed cells back, retry failed', async ({
  control,
  openPortal,
}) => {
  const { page, app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  await control.faults([
    {
      method: 'imconnector.activate',
      match: { CONNECTOR: 'viber', LINE: '1' },
      error: 'INTERNAL_SERVER_ERROR',
    },
  ])
  const bulk = app.getByRole('region', { name: 'Bulk change' })
  await app.getByRole('checkbox', { name: 'Select Viber on every Open Channel shown' }).check()
  await expect(bulk.getByText('8 connections selected')).toBeVisible()
  await bulk.getByRole('button', { name: 'Turn on' }).click()

  const summary = bulk.getByRole('status')
  await expect(summary).toContainText('Bulk change finished: turned on', { timeout: 20_000 })
  await expect(summary).toContainText('Failed: 1.')
  await expect(bulk.getByRole('list', { name: 'Connections that failed' })).toContainText(
    'Viber on Sales: The portal had an internal error and did not make the change. Try again. (INTERNAL_SERVER_ERROR)',
  )
  await expectSettled(app)
  await expect(switchOf(app, 'Viber on Sales')).toHaveAttribute('aria-checked', 'false')
  // All eight went in one request.
  const batches = (await control.log()).filter(
    (entry) =>
      entry.method === 'batch' && entry.commands?.some((c) => c.method === 'imconnector.activate'),
  )
  expect(batches).toHaveLength(1)
  await expectScreenEqualsPortal(app, control)
  await screenshot(page, 'bulk-summary')
  await expectNoSeriousA11yViolations(page, 'a bulk change summary with a failure')

  await control.clearFaults()
  await bulk.getByRole('button', { name: 'Retry failed' }).click()
  await expect(summary).toContainText('turned on 1 of 1.', { timeout: 20_000 })
  await expectSettled(app)
  await expect(switchOf(app, 'Viber on Sales')).toHaveAttribute('aria-checked', 'true')
  const state = await expectScreenEqualsPortal(app, control)
  for (const line of ['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(isGone(rowOf(state, 'viber', line))).toBe(false)
})

test('a whole line off from the keyboard asks once, then the portal has it off', async ({
  control,
  openPortal,
}) => {
  const { app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  await switchOf(app, 'Live Chat on Sales').focus()
  await app.locator('body').press('Shift+Space')
  const bulk = app.getByRole('region', { name: 'Bulk change' })
  await expect(bulk.getByText('13 connections selected')).toBeVisible()
  await bulk.getByRole('button', { name: 'Turn off' }).click()
  const dialog = app.getByRole('dialog')
  await expect(dialog).toContainText('1 Open Channel loses settings')
  await dialog.getByRole('button', { name: 'Turn off and delete settings' }).click()
  await expect(bulk.getByRole('status')).toContainText('Bulk change finished: turned off', {
    timeout: 20_000,
  })
  await expectSettled(app)
  const state = await expectScreenEqualsPortal(app, control)
  for (const connector of ['livechat', 'telegrambot', 'whatsappbytwilio'])
    expect(isGone(rowOf(state, connector, '1'))).toBe(true)
})
