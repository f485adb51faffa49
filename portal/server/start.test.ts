import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
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

it("keeps the host page's Vite websocket on the portal's own port", async () => {
  // In middleware mode Vite's client dials the shared default port 24678 unless told
  // otherwise; any other Vite dev server on the machine then refuses it and the host
  // page throws "WebSocket closed without opened".
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-host-'))
  const running = await startLocalPortal({ portalPort: 0, app: 'none', dataDir, quiet: true })
  try {
    const client = await (await fetch(`${running.portalUrl}@vite/client`)).text()
    expect(client).toContain('const hmrPort = null;')
    const token = /const wsToken = "([^"]+)";/.exec(client)?.[1]
    expect(token).toBeTruthy()
    const status = await new Promise<number>((resolveStatus, reject) => {
      const upgrade = request(`${running.portalUrl}?token=${token}`, {
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
          'Sec-WebSocket-Protocol': 'vite-hmr',
        },
      })
      upgrade.on('upgrade', (response, socket) => {
        socket.destroy()
        resolveStatus(response.statusCode ?? 0)
      })
      upgrade.on('response', (response) => resolveStatus(response.statusCode ?? 0))
      upgrade.on('error', reject)
      upgrade.end()
    })
    expect(status).toBe(101)
  } finally {
    await running.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}, 30_000)
