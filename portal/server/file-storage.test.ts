import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryStorage } from '../model/memory-storage.ts'
import { createPortal } from '../model/portal.ts'
import type { PortalData } from '../model/types.ts'
import { CorruptDataFileError, createFileStorage, resolveDataDir } from './file-storage.ts'
import { startLocalPortal } from './start.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portal-storage-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function sampleData(): PortalData {
  const portal = createPortal({ storage: createMemoryStorage(), domain: 'localhost:3000' })
  return portal.data()
}

describe('file storage', () => {
  it('loads undefined when nothing has been stored', () => {
    expect(createFileStorage(join(dir, 'not-yet')).load()).toBeUndefined()
  })

  it('round-trips the data and creates the folder', () => {
    const storage = createFileStorage(join(dir, 'nested', 'data'))
    const data = sampleData()
    storage.save(data)
    expect(storage.load()).toEqual(data)
    expect(storage.file).toBe(join(dir, 'nested', 'data', 'portal.json'))
  })

  it('replaces the file by rename and leaves no temp files behind', () => {
    const storage = createFileStorage(dir)
    const data = sampleData()
    for (let i = 0; i < 5; i += 1) {
      data.session.userName = `User ${i}`
      storage.save(data)
    }
    expect(readdirSync(dir)).toEqual(['portal.json'])
    expect(storage.load()?.session.userName).toBe('User 4')
  })

  it.each([
    ['{"version":1,', /is not valid JSON/],
    ['[]', /does not hold a JSON object/],
    ['{"version":2}', /has version 2, this portal reads version 1/],
    ['{"version":1,"lines":{}}', /"lines" is not a list/],
  ])('refuses %s with a message naming the file and the way out', (text, reason) => {
    const file = join(dir, 'portal.json')
    writeFileSync(file, text)
    const storage = createFileStorage(dir)
    expect(() => storage.load()).toThrow(CorruptDataFileError)
    expect(() => storage.load()).toThrow(reason)
    expect(() => storage.load()).toThrow(file)
    expect(() => storage.load()).toThrow('delete it or run with --reset')
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('resolves the data folder from PORTAL_DATA_DIR, else .portal-data', () => {
    expect(resolveDataDir({ PORTAL_DATA_DIR: dir })).toBe(dir)
    expect(resolveDataDir({})).toBe(resolve('.portal-data'))
    expect(resolveDataDir({ PORTAL_DATA_DIR: '  ' })).toBe(resolve('.portal-data'))
  })
})

describe('starting over a corrupt data file', () => {
  it('fails with the clear error and leaves the file untouched', async () => {
    const file = join(dir, 'portal.json')
    writeFileSync(file, 'not json at all')
    await expect(
      startLocalPortal({ portalPort: 0, app: 'none', dataDir: dir, hostPage: false, quiet: true }),
    ).rejects.toThrow(`The local portal's data file ${file} cannot be used`)
    expect(readFileSync(file, 'utf8')).toBe('not json at all')
  })

  it('recovers with reset, replacing the file with the scenario', async () => {
    const file = join(dir, 'portal.json')
    writeFileSync(file, 'not json at all')
    const running = await startLocalPortal({
      portalPort: 0,
      app: 'none',
      dataDir: dir,
      hostPage: false,
      quiet: true,
      reset: 'empty',
    })
    try {
      expect(running.portal.snapshot().scenario).toBe('empty')
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
        version: 1,
        scenario: 'empty',
      })
    } finally {
      await running.close()
    }
  })
})

describe('closing', () => {
  it('writes the rows reads created', async () => {
    const file = join(dir, 'portal.json')
    const running = await startLocalPortal({
      portalPort: 0,
      app: 'none',
      dataDir: dir,
      hostPage: false,
      quiet: true,
      reset: 'empty',
    })
    const token = running.portal.issueAuth().access_token
    const params = { CONNECTOR: 'viber', LINE: 7 }
    await running.portal.rest({ method: 'imconnector.status', params, token })
    await running.close()
    const stored = JSON.parse(readFileSync(file, 'utf8')) as PortalData
    expect(stored.statuses).toMatchObject([{ connector: 'viber', line: '7', ACTIVE: false }])
  })
})
