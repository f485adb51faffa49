import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { startLocalPortal } from './start.ts'

it('serves the host page through Vite beside the API', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-host-'))
  const running = await startLocalPortal({ portalPort: 0, app: 'none', dataDir, quiet: true })
  try {
    const page = await fetch(`${running.portalUrl}?app=http://localhost:4444/`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<div id="portal"></div>')
    expect(html).toContain('src="/main.ts"')
    const script = await fetch(`${running.portalUrl}main.ts`)
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(await script.text()).toContain('createFrameSession')
    const config = await fetch(`${running.portalUrl}__portal/config`)
    expect(await config.json()).toMatchObject({ appUrl: expect.stringMatching(/^http/) })
  } finally {
    await running.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}, 30_000)
