import { describe, expect, it } from 'vitest'
import { createManualClock } from '../../portal/model/clock'
import type { BatchOutcome, PortalClient, RestCall } from './client'
import { PortalError } from './errors'
import { createMethodPauses } from './method-pauses'
import { withMethodPauses } from './paused-client'

const START = Date.UTC(2025, 0, 15, 9, 0, 0)
const limited = () => new PortalError({ code: 'OPERATION_TIME_LIMIT', status: 429 })

/** A transport where `blocked` methods answer OPERATION_TIME_LIMIT; records what was sent. */
function transport(blocked: Set<string>) {
  const sent: string[] = []
  const client: PortalClient = {
    async call(method) {
      sent.push(method)
      if (blocked.has(method)) throw limited()
      return 'ok'
    },
    async batch(calls: readonly RestCall[]) {
      sent.push(`batch(${calls.map((c) => c.method).join(',')})`)
      return calls.map((c): BatchOutcome =>
        blocked.has(c.method) ? { ok: false, error: limited() } : { ok: true, result: c.method },
      )
    },
  }
  return { client, sent }
}

describe('a client over paused methods', () => {
  it('pauses the refused method alone and fails its calls at once, saying when it resumes', async () => {
    const clock = createManualClock(START)
    const pauses = createMethodPauses(clock)
    const blocked = new Set(['imconnector.activate'])
    const { client, sent } = transport(blocked)
    const paused = withMethodPauses(client, pauses)

    const first = await paused.call('imconnector.activate').catch((e: unknown) => e)
    expect(first).toMatchObject({
      code: 'OPERATION_TIME_LIMIT',
      status: 429,
      resumesAt: START + 600_000,
    })
    const again = await paused.call('imconnector.activate').catch((e: unknown) => e)
    expect(again).toMatchObject({ code: 'OPERATION_TIME_LIMIT', resumesAt: START + 600_000 })
    expect(await paused.call('imconnector.status')).toBe('ok')
    expect(sent).toEqual(['imconnector.activate', 'imconnector.status'])

    blocked.clear()
    clock.advance(600_000)
    expect(await paused.call('imconnector.activate')).toBe('ok')
  })

  it('answers paused commands of a batch itself and sends the rest', async () => {
    const clock = createManualClock(START)
    const pauses = createMethodPauses(clock)
    const { client, sent } = transport(new Set(['imconnector.status']))
    const paused = withMethodPauses(client, pauses)
    const calls = [
      { method: 'imconnector.status' },
      { method: 'imconnector.list' },
      { method: 'imconnector.status' },
    ]
    const first = await paused.batch(calls)
    expect(first.map((o) => (o.ok ? o.result : o.error.resumesAt))).toEqual([
      START + 600_000,
      'imconnector.list',
      START + 600_000,
    ])
    const second = await paused.batch(calls)
    expect(second.map((o) => (o.ok ? o.result : o.error.code))).toEqual([
      'OPERATION_TIME_LIMIT',
      'imconnector.list',
      'OPERATION_TIME_LIMIT',
    ])
    // The second batch carried only the command that was not paused.
    expect(sent).toEqual([
      'batch(imconnector.status,imconnector.list,imconnector.status)',
      'batch(imconnector.list)',
    ])
    // Nothing left to send: no request at all.
    await paused.batch([{ method: 'imconnector.status' }])
    expect(sent).toHaveLength(2)
  })

  it('leaves other errors as they are', async () => {
    const pauses = createMethodPauses(createManualClock(START))
    const failing: PortalClient = {
      call: async () => {
        throw new PortalError({ code: 'INTERNAL_SERVER_ERROR', status: 500 })
      },
      batch: async () => [],
    }
    const error = await withMethodPauses(failing, pauses)
      .call('imconnector.activate')
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', resumesAt: undefined })
    expect(pauses.pausedUntil('imconnector.activate')).toBeUndefined()
  })
})
