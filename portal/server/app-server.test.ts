import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppDistServer, type RunningAppServer } from './app-server.ts'

let root: string
let server: RunningAppServer

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'portal-dist-'))
  const dist = join(root, 'dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(dist, 'assets', 'main.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'do not serve')
  server = await startAppDistServer({ distDir: dist, port: 0 })
})

afterAll(async () => {
  await server.close()
  rmSync(root, { recursive: true, force: true })
})

describe('dist app server', () => {
  it('answers the portal POST to the handler with index.html, and allows framing', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'AUTH_ID=x&REFRESH_ID=y',
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('x-frame-options')).toBeNull()
    expect(await response.text()).toBe('<!doctype html><title>app</title>')
  })

  it('serves assets with their type and falls back to index.html for unknown paths', async () => {
    const asset = await fetch(`${server.url}assets/main.js`)
    expect(asset.headers.get('content-type')).toMatch(/javascript/)
    expect(await asset.text()).toBe('console.log(1)')
    const deep = await fetch(`${server.url}some/route?x=1`)
    expect(await deep.text()).toBe('<!doctype html><title>app</title>')
  })

  it('never serves files outside dist', async () => {
    const escape = await fetch(`${server.url}..%2fsecret.txt`)
    expect(await escape.text()).toBe('<!doctype html><title>app</title>')
  })

  it('refuses to start without a build', async () => {
    await expect(startAppDistServer({ distDir: join(root, 'nope'), port: 0 })).rejects.toThrow(
      /index\.html does not exist: run `npm run build` first/,
    )
  })
})
