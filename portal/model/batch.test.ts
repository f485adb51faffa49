import { describe, expect, it } from 'vitest'
import { setupPortal } from './testing.ts'

describe('batch', () => {
  it('runs commands with qs-encoded params and keeps keys', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const res = await t.batch({
      a: 'imconnector.status?CONNECTOR=livechat&LINE=1',
      b: 'imopenlines.config.list.get?PARAMS%5Bselect%5D%5B0%5D=ID&PARAMS%5Blimit%5D=2',
    })
    expect(res.status).toBe(200)
    const result = res.body.result as Record<string, unknown>
    expect(result.result).toEqual({
      a: { LINE: 1, CONNECTOR: 'livechat', ERROR: false, CONFIGURED: true, STATUS: true },
      b: [{ ID: '1' }, { ID: '2' }],
    })
    expect(result.result_error).toEqual([])
    expect(Object.keys(result.result_time as object)).toEqual(['a', 'b'])
    expect(res.body.time).toBeDefined()
  })

  it('serialises empty maps as [] and 0..n-1 keys as arrays (PHP json_encode)', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const res = await t.batch(['server.time', 'imconnector.status?CONNECTOR=viber&LINE=2'])
    const json = JSON.stringify(res.body.result)
    expect(json).toContain('"result":["2025-01-15T09:00:00+00:00",{"LINE":2')
    expect(json).toContain('"result_error":[]')
    expect(json).toContain('"result_total":[]')
    expect(json).toContain('"result_next":[]')
    expect(json).toMatch(/"result_time":\[\{"start"/)
  })

  it('halt:0 runs every command; failures land in result_error only', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const res = await t.batch(
      ['imconnector.status?LINE=1', 'server.time', 'no.such.method', 'batch?cmd[0]=server.time'],
      0,
    )
    const result = res.body.result as Record<string, unknown>
    expect(JSON.stringify(result.result)).toBe('{"1":"2025-01-15T09:00:00+00:00"}')
    expect(result.result_error).toEqual({
      '0': { error: 'ERROR_ARGUMENT', error_description: "Argument 'CONNECTOR' is null or empty" },
      '2': { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' },
      '3': {
        error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
        error_description: 'Method is not allowed for batch usage',
      },
    })
  })

  it('halt:1 stops at the first failure; later keys are absent', async () => {
    const t = setupPortal({ scenario: { scenario: 'empty' } })
    const res = await t.batch(
      {
        on: 'imconnector.activate?CONNECTOR=viber&LINE=1&ACTIVE=1',
        bad: 'imconnector.activate?CONNECTOR=viber&ACTIVE=1',
        never: 'imconnector.activate?CONNECTOR=viber&LINE=2&ACTIVE=1',
      },
      1,
    )
    const result = res.body.result as Record<string, unknown>
    expect(result.result).toEqual({ on: true })
    expect(result.result_error).toEqual({
      bad: { error: 'ERROR_ARGUMENT', error_description: "Argument 'LINE' is null or empty" },
    })
    expect(t.portal.data().statuses.map((r) => r.line)).toEqual(['1'])
  })

  it('refuses commands past the 50th with ERROR_BATCH_LENGTH_EXCEEDED', async () => {
    const t = setupPortal()
    const cmd = Array.from({ length: 51 }, () => 'server.time')
    const result = (await t.batch(cmd)).body.result as Record<string, unknown>
    expect((result.result as unknown[]).length).toBe(50)
    expect(result.result_error).toEqual({
      '50': {
        error: 'ERROR_BATCH_LENGTH_EXCEEDED',
        error_description: 'Max batch length exceeded',
      },
    })
  })

  it('sub-calls inherit the webhook context', async () => {
    const t = setupPortal()
    const res = await t.portal.rest({
      method: 'batch',
      params: { cmd: { s: 'imconnector.status?CONNECTOR=viber&LINE=1', t: 'server.time' } },
      webhook: t.portal.createWebhook(),
    })
    const result = (res as { body: { result: Record<string, unknown> } }).body.result
    expect(result.result_error).toEqual({
      s: {
        error: 'WRONG_AUTH_TYPE',
        error_description:
          'Current authorization type is denied for this method Application context required',
      },
    })
    expect(result.result).toEqual({ t: '2025-01-15T09:00:00+00:00' })
  })

  it('answers empty maps for a missing or malformed cmd', async () => {
    const t = setupPortal()
    const res = await t.call('batch', { cmd: 'nonsense' })
    expect(JSON.stringify(res.body.result)).toBe(
      '{"result":[],"result_error":[],"result_total":[],"result_next":[],"result_time":[]}',
    )
  })

  it('logs the batch once with each command and its error', async () => {
    const t = setupPortal()
    await t.batch({ x: 'server.time', y: 'nope?auth=secret&A=1' })
    const log = t.portal.log()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({
      method: 'batch',
      status: 200,
      commands: [
        { key: 'x', method: 'server.time', params: {} },
        { key: 'y', method: 'nope', params: { A: '1' }, error: 'ERROR_METHOD_NOT_FOUND' },
      ],
    })
  })
})
