import { MutationObserver, QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { BatchOutcome, PortalClient, RestCall } from '../../../bitrix/client'
import { rowQueryOptions } from './queries'
import { createRowLoader, type Row } from './row-loader'
import { switchboardKeys } from './query-keys'
import { switchMutationOptions } from './switch-cell'

const KEY = 'partial-rows-test'
const connectors = Array.from({ length: 40 }, (_, i) => `c${i}`)
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/** A portal that keeps what is switched on and holds every batch until told to answer. */
function heldPortal() {
  const active = new Set<string>()
  const held: { calls: readonly RestCall[]; answer: () => void }[] = []
  const client: PortalClient = {
    call: (_method, params) => {
      const cell = `${String(params?.LINE)}:${String(params?.CONNECTOR)}`
      if (params?.ACTIVE === 1) active.add(cell)
      else active.delete(cell)
      return Promise.resolve(true)
    },
    batch: (calls) =>
      new Promise<BatchOutcome[]>((resolve) => {
        held.push({
          calls,
          answer: () =>
            resolve(
              calls.map((call) => {
                const on = active.has(
                  `${String(call.params?.LINE)}:${String(call.params?.CONNECTOR)}`,
                )
                return { ok: true, result: { STATUS: on, CONFIGURED: on, ERROR: false } }
              }),
            ),
        })
      }),
  }
  /** Answers every request held now and any they lead to, until none is left. */
  async function answerAll() {
    for (let request = held.shift(); request; request = held.shift()) {
      request.answer()
      await settle()
    }
  }
  return { client, held, answerAll }
}

describe('a row on screen read for the first time', () => {
  it('shows the drawn columns before the rest of the row, and a click on one keeps the others', async () => {
    const { client, held, answerAll } = heldPortal()
    const queryClient = new QueryClient()
    const loader = createRowLoader({ client, isVisible: () => true })
    loader.columnsOnScreen(['c0', 'c1', 'c2', 'c3', 'c4'])
    const lines = ['1', '2', '3', '4', '5', '6']
    for (const line of lines)
      void queryClient.prefetchQuery(rowQueryOptions(loader, KEY, line, connectors))
    await settle()

    // The first answer brings every drawn cell of the six rows (30 of its 50 commands).
    held.shift()?.answer()
    await settle()
    const rowOf = (line: string) => queryClient.getQueryData<Row>(switchboardKeys.row(KEY, line))
    expect(Object.keys(rowOf('4') ?? {})).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'])
    expect(rowOf('4')?.c2).toEqual({ status: 'off' })
    expect(queryClient.getQueryState(switchboardKeys.row(KEY, '4'))?.fetchStatus).toBe('fetching')

    // Switched on while the rest of its row is on its way.
    const switching = new MutationObserver(
      queryClient,
      switchMutationOptions(
        client,
        KEY,
        {
          lineId: '4',
          connectorId: 'c2',
          builtin: false,
          label: 'c2 on 4',
          lineName: '4',
          connectorName: 'c2',
        },
        { error: (error) => error.code, failed: (label) => label },
      ),
    ).mutate({ on: true })
    await settle()
    expect(rowOf('4')?.c2).toEqual({ status: 'working' })
    expect(rowOf('4')?.c1).toEqual({ status: 'off' })

    await answerAll()
    await switching
    await answerAll()
    expect(Object.keys(rowOf('4') ?? {})).toHaveLength(40)
    expect(rowOf('4')?.c2).toEqual({ status: 'working' })
    expect(
      Object.values(rowOf('4') ?? {}).filter((cell) => cell.status === 'working'),
    ).toHaveLength(1)
    for (const line of lines) expect(Object.keys(rowOf(line) ?? {})).toHaveLength(40)
  })
})
