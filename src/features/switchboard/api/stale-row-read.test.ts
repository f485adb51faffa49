import { MutationObserver, QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { BatchOutcome, PortalClient } from '../../../bitrix/client'
import { rowQueryOptions } from './queries'
import { switchboardKeys } from './query-keys'
import { createRowLoader, type Row } from './row-loader'
import { switchMutationOptions } from './switch-cell'

const KEY = 'stale-row-read-test'
const connectors = ['c0', 'c1']
const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0))
}

interface InTransit {
  what: string
  /** The request reaches the portal: a switch is applied, a read takes the states. */
  arrive(): void
  /** Its answer comes back to the app. */
  reply(): void
}

/**
 * A portal where every request waits to reach it and its answer waits to come back, so a
 * test decides the order in which reads and switches happen on the portal and in the app.
 */
function portalInTransit() {
  const active = new Set<string>()
  const pending: InTransit[] = []
  const cell = (params: Record<string, unknown> | undefined) =>
    `${String(params?.LINE)}:${String(params?.CONNECTOR)}`
  function travel<T>(what: string, atPortal: () => T): Promise<T> {
    return new Promise<T>((resolve) => {
      let answer: T
      pending.push({
        what,
        arrive: () => {
          answer = atPortal()
        },
        reply: () => resolve(answer),
      })
    })
  }
  const client: PortalClient = {
    call: (_method, params) =>
      travel(`switch ${cell(params)}`, () => {
        if (params?.ACTIVE === 1) active.add(cell(params))
        else active.delete(cell(params))
        return true
      }),
    batch: (calls) =>
      travel(`read ${calls.map((call) => cell(call.params)).join(' ')}`, () =>
        calls.map((call): BatchOutcome => {
          const on = active.has(cell(call.params))
          return { ok: true, result: { STATUS: on, CONFIGURED: on, ERROR: false } }
        }),
      ),
  }
  /** The request in transit described as `what`, taken out of the queue. */
  function take(what: string): InTransit {
    const index = pending.findIndex((request) => request.what === what)
    if (index < 0)
      throw new Error(`no “${what}” in transit: ${pending.map((r) => r.what).join(', ')}`)
    return pending.splice(index, 1)[0] as InTransit
  }
  async function deliverAll() {
    for (let request = pending.shift(); request; request = pending.shift()) {
      request.arrive()
      request.reply()
      await settle()
    }
  }
  return { client, take, deliverAll }
}

function switchOn(queryClient: QueryClient, client: PortalClient, lineId: string) {
  const target = {
    lineId,
    connectorId: 'c0',
    builtin: false,
    label: `c0 on ${lineId}`,
    lineName: lineId,
    connectorName: 'c0',
  }
  const texts = { error: (error: { code: string }) => error.code, failed: (label: string) => label }
  const observer = new MutationObserver(
    queryClient,
    switchMutationOptions(client, KEY, target, texts),
  )
  return observer.mutate({ on: true })
}

describe('a row read that reached the portal before a switch did', () => {
  it('does not put the old state back when it lands after that switch settled', async () => {
    const portal = portalInTransit()
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
    })
    const loader = createRowLoader({ client: portal.client, isVisible: () => true })
    const rowOf = (lineId: string) =>
      queryClient.getQueryData<Row>(switchboardKeys.row(KEY, lineId))
    const rowOne = rowQueryOptions(loader, KEY, '1', connectors)
    void queryClient.prefetchQuery(rowOne)
    void queryClient.prefetchQuery(rowQueryOptions(loader, KEY, '2', connectors))
    await settle()
    await portal.deliverAll()
    expect(rowOf('1')?.c0).toEqual({ status: 'off' })

    // The user switches c0 on line 1 on; while that switch is on its way, the row is read
    // again (a refresh), and the read reaches the portal first.
    const first = switchOn(queryClient, portal.client, '1')
    await settle()
    const firstSwitch = portal.take('switch 1:c0')
    void queryClient.refetchQueries({ queryKey: rowOne.queryKey, exact: true })
    await settle()
    const staleRead = portal.take('read 1:c0 1:c1')
    staleRead.arrive()

    // The switch is applied and answered; its re-read goes out, and before that answers,
    // the user switches a cell on another line.
    firstSwitch.arrive()
    firstSwitch.reply()
    await settle()
    const reread = portal.take('read 1:c0')
    const second = switchOn(queryClient, portal.client, '2')
    await settle()
    reread.arrive()
    reread.reply()
    await first
    await settle()
    expect(rowOf('1')?.c0).toEqual({ status: 'working' })

    // The read that took the states before the switch comes back last.
    staleRead.reply()
    await settle()
    await portal.deliverAll()
    await second
    await settle()

    expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0)
    expect(rowOf('1')?.c0).toEqual({ status: 'working' })
    expect(rowOf('2')?.c0).toEqual({ status: 'working' })
  })
})
