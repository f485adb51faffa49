import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { PortalStateSnapshot } from '../../portal/model/types'
import { startLocalPortal, type LocalPortal } from '../../portal/server/start'
import { packageApp, unpackZip } from '../../scripts/package'
import { GRID_NAME } from './support/app'

// A real install from scratch: the ZIP `npm run package` makes (from the dist/ global setup
// built), unpacked and served as a static host serves it, in a portal of its own that puts
// the app in install mode.

let portal: LocalPortal
let workDir: string
let appDir: string

test.beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'switchboard-install-'))
  const { zipFile, entries } = packageApp({ outDir: workDir })
  expect(entries.slice(0, 2)).toEqual(['index.html', 'install.html'])
  expect(entries.some((entry) => entry.endsWith('.map'))).toBe(false)
  appDir = join(workDir, 'unpacked')
  expect(unpackZip(zipFile, appDir).sort()).toEqual([...entries].sort())
  portal = await startLocalPortal({
    portalPort: 0,
    appPort: 0,
    app: 'dist',
    appDir,
    dataDir: join(workDir, 'data'),
    reset: 'demo',
    quiet: true,
  })
})

test.afterAll(async () => {
  await portal?.close()
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

test('the packaged app installs from scratch through its installer', async ({ page, request }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const control = (path: string) => new URL(`/__portal/${path}`, portal.portalUrl).href

  // The host answers the portal's POST to the handler path with the packaged index.html,
  // and install.html is the same entry.
  const index = await readFile(join(appDir, 'index.html'), 'utf8')
  const handler = await request.post(portal.appUrl, { form: { AUTH_ID: 'x' } })
  expect(handler.status()).toBe(200)
  expect(await handler.text()).toBe(index)
  expect(await (await request.get(new URL('install.html', portal.appUrl).href)).text()).toBe(index)

  const installMode = await request.post(control('app'), { data: { installed: false } })
  expect(await installMode.json()).toMatchObject({ app: { installed: false } })

  await page.goto(portal.portalUrl)
  const frame = page.locator('iframe.b24-app-frame')
  const app = page.frameLocator('iframe.b24-app-frame')
  const installer = app.getByRole('heading', { level: 1, name: 'Install Open Lines Switchboard' })
  await expect(installer).toBeVisible()
  await expect(app.getByText('imopenlines', { exact: true })).toBeVisible()
  await expect(app.getByText('imconnector', { exact: true })).toBeVisible()
  await expect(app.getByRole('grid')).toHaveCount(0)
  // The app titled the portal page through the SDK.
  await expect(page.locator('#pagetitle')).toHaveText('Open Lines Switchboard')
  // In a short frame the installer is taller than the frame: the frame grows to fit it.
  await page.setViewportSize({ width: 900, height: 360 })
  await expect
    .poll(async () => {
      const height = await frame.evaluate((el) => el.getBoundingClientRect().height)
      const content = await app.locator('.frame-shell').evaluate((el) => el.scrollHeight)
      return height >= content && height > 360 - 164
    })
    .toBe(true)

  await app.getByRole('button', { name: 'Finish installation' }).click()

  // The portal reloads the frame; the same entry now shows the switchboard.
  const grid = app.getByRole('grid', { name: GRID_NAME })
  await expect(grid).toBeVisible({ timeout: 15_000 })
  await expect(grid.getByRole('switch', { name: 'Telegram on Sales', exact: true })).toBeVisible()
  await expect(installer).toHaveCount(0)
  const state = (await (await request.get(control('state'))).json()) as PortalStateSnapshot
  expect(state.app.installed).toBe(true)
  expect(errors, 'uncaught errors in the page').toEqual([])
})
