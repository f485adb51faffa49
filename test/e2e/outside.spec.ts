import { expect, test } from '@playwright/test'

test('opened outside a portal, the app explains where it runs', async ({ page }) => {
  const appUrl = process.env.APP_URL
  if (!appUrl) throw new Error('APP_URL is not set: run the e2e tests through playwright.config.ts')
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(appUrl)

  await expect(
    page.getByRole('heading', { level: 1, name: 'Open Lines Switchboard runs inside Bitrix24' }),
  ).toBeVisible()
  await expect(page.getByText('has to be opened from the portal')).toBeVisible()
  await expect(page.getByText(/run npm start in the project/)).toBeVisible()
  // It does not pretend to connect, and it shows no grid.
  await expect(page.getByText('Connecting to your portal…')).toHaveCount(0)
  await expect(page.getByRole('grid')).toHaveCount(0)
  expect(errors).toEqual([])
})
