import { expect, test } from './support/fixtures'
import {
  cellOf,
  expectNoSeriousA11yViolations,
  expectScreenEqualsPortal,
  expectSettled,
  gridOf,
  isGone,
  rowOf,
  screenshot,
  switchOf,
} from './support/app'

const SERVER_ERROR_MESSAGE = 'The portal had an internal error and did not make the change.'

test('a switch the portal fails returns, says why with the code, and a retry succeeds', async ({
  control,
  openPortal,
}) => {
  const { page, app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  const before = await control.state()
  expect(isGone(rowOf(before, 'viber', '1'))).toBe(true)

  // No `times`: the SDK itself retries a 500 twice, every attempt must fail.
  await control.faults([
    {
      method: 'imconnector.activate',
      match: { CONNECTOR: 'viber', LINE: '1' },
      error: 'INTERNAL_SERVER_ERROR',
      status: 500,
    },
  ])
  const viber = switchOf(app, 'Viber on Sales')
  await viber.click()
  const cell = cellOf(viber)
  await expect(cell).toContainText(`Not switched on: ${SERVER_ERROR_MESSAGE}`, { timeout: 20_000 })
  await expect(cell).toContainText('(INTERNAL_SERVER_ERROR)')
  await expect(viber).toHaveAttribute('aria-checked', 'false')
  // The reason is part of the switch's description and announced politely.
  await expect(viber).toHaveAccessibleDescription(new RegExp(`^Off.*${SERVER_ERROR_MESSAGE}`))
  await expect(app.getByRole('status')).toHaveText(
    `Viber on Sales was not switched on. ${SERVER_ERROR_MESSAGE} Try again.`,
  )
  await expectSettled(app)

  // The portal is unchanged: no row switched on, every attempt answered 500.
  const after = await expectScreenEqualsPortal(app, control)
  expect(isGone(rowOf(after, 'viber', '1'))).toBe(true)
  expect(after.statuses.filter((s) => !isGone(s))).toEqual(
    before.statuses.filter((s) => !isGone(s)),
  )
  const attempts = (await control.log()).filter((e) => e.method === 'imconnector.activate')
  expect(attempts.length).toBeGreaterThanOrEqual(1)
  expect(attempts.every((e) => e.status === 500 && e.error === 'INTERNAL_SERVER_ERROR')).toBe(true)

  await screenshot(page, 'failed-switch')
  await expectNoSeriousA11yViolations(page, 'a failed switch with its message')

  await control.clearFaults()
  await cell.getByRole('button', { name: 'Retry Viber on Sales' }).click()
  await expect(viber).toHaveAttribute('aria-checked', 'true')
  await expect(cell).not.toContainText('Not switched on')
  const retried = await expectScreenEqualsPortal(app, control)
  expect(rowOf(retried, 'viber', '1')).toMatchObject({ ACTIVE: true, ERROR: false })
})

test('an expired token is renewed through the portal and the switch goes through unnoticed', async ({
  control,
  openPortal,
}) => {
  const { app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  await expectSettled(app)

  await control.session({ expireNow: true })
  const viber = switchOf(app, 'Viber on Sales')
  await viber.click()
  await expect(viber).toHaveAttribute('aria-checked', 'true')
  const state = await expectScreenEqualsPortal(app, control)
  expect(rowOf(state, 'viber', '1')).toMatchObject({ ACTIVE: true, ERROR: false })

  // The portal did refuse the old token once, and the user never heard of it.
  const log = await control.log()
  expect(log.some((e) => e.error?.toLowerCase() === 'expired_token')).toBe(true)
  expect(log.filter((e) => e.method === 'imconnector.activate').at(-1)?.status).toBe(200)
  await expect(app.getByText(/Not switched|session|sign in|expired/i)).toHaveCount(0)
  await expect(app.getByRole('alert')).toHaveCount(0)
  await expect(app.getByRole('status')).toHaveText('')
})

test('a rate-limited switch is waited out and lands, beyond the SDK’s own retries', async ({
  control,
  openPortal,
}) => {
  const { app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  await expectSettled(app)

  // Four refusals: more than the SDK's three attempts, so the app's own backoff must act.
  await control.faults([
    {
      method: 'imconnector.activate',
      match: { CONNECTOR: 'viber', LINE: '1' },
      error: 'QUERY_LIMIT_EXCEEDED',
      status: 503,
      times: 4,
    },
  ])
  const viber = switchOf(app, 'Viber on Sales')
  await viber.click()
  // While it waits, the switch keeps the user's intent and says it is busy, not failed.
  await expect(viber).toHaveAttribute('aria-checked', 'true')
  await expect(viber).toHaveAttribute('aria-busy', 'true')
  const state = await expectScreenEqualsPortal(app, control, 25_000)
  expect(rowOf(state, 'viber', '1')).toMatchObject({ ACTIVE: true, ERROR: false })
  await expect(cellOf(viber)).not.toContainText('Not switched')

  const attempts = (await control.log()).filter((e) => e.method === 'imconnector.activate')
  expect(attempts.filter((e) => e.error === 'QUERY_LIMIT_EXCEEDED')).toHaveLength(4)
  expect(attempts.at(-1)?.status).toBe(200)
})

test('a burst against a tight request limit loses no switch', async ({ control, openPortal }) => {
  const { app } = await openPortal()
  await expect(gridOf(app)).toBeVisible()
  await expectSettled(app)
  const before = await control.state()

  await control.limits(2, 2)
  const names = ['Viber', 'Facebook', 'Instagram Direct'].flatMap((connector) =>
    ['Sales', 'VIP Support'].map((line) => `${connector} on ${line}`),
  )
  for (const name of names) await switchOf(app, name).click()
  const state = await expectScreenEqualsPortal(app, control, 45_000)
  for (const name of names)
    await expect(switchOf(app, name)).toHaveAttribute('aria-checked', 'true')
  await expect(app.getByText(/Not switched/)).toHaveCount(0)

  const log = await control.log()
  expect(log.some((e) => e.error === 'QUERY_LIMIT_EXCEEDED')).toBe(true)
  expect(state.statuses.filter((s) => !isGone(s))).toHaveLength(
    before.statuses.filter((s) => !isGone(s)).length + names.length,
  )
})
