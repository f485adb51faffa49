import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { setupPortal } from '../../../../portal/model/testing'
import { createInProcessClient } from '../../../../test/support/in-process-client'
import { forgetFilterStores, storageKey } from '../stores/filters'
import { readFirstScreenEarly, rowsFillingRequests, rowsReadFirst } from './first-screen'
import { switchboardKeys } from './query-keys'

const KEY = 'first-screen-test'

function statusLinesOf(commands: { method: string; params: Record<string, unknown> }[] = []) {
  return new Set(
    commands
      .filter((command) => command.method === 'imconnector.status')
      .map((command) => String(command.params.LINE)),
  )
}

async function readEarly() {
  const { portal } = setupPortal({ scenario: { scenario: 'large', lines: 300, connectors: 5 } })
  portal.clearLog()
  const queryClient = new QueryClient()
  readFirstScreenEarly(createInProcessClient(portal))(queryClient, KEY)
  // Nothing draws here: what was asked for, was asked for by the early read alone.
  await new Promise((resolve) => setTimeout(resolve, 50))
  return { portal, queryClient }
}

afterEach(() => forgetFilterStores())

describe('the first screen read early', () => {
  it('puts the lines into the cache and asks for the rows that fit the window in full requests, before any grid', async () => {
    const { portal, queryClient } = await readEarly()

    const structure = queryClient.getQueryData<{ lines: { id: string }[] }>(
      switchboardKeys.structure(KEY),
    )
    expect(structure?.lines).toHaveLength(300)
    const top = structure?.lines.slice(0, rowsReadFirst(window.innerHeight)).map((line) => line.id)
    const reads = portal.log().filter((entry) => statusLinesOf(entry.commands).size > 0)
    const asked = new Set(reads.flatMap((entry) => [...statusLinesOf(entry.commands)]))
    for (const id of top ?? []) {
      expect(asked).toContain(id)
      expect(queryClient.getQueryData(switchboardKeys.row(KEY, id))).toBeDefined()
    }
    // The lines after them fill the last request: none leaves half full.
    expect(reads.map((entry) => entry.commands?.length)).toEqual(reads.map(() => 50))
    expect(asked.size).toBeLessThan((top?.length ?? 0) + 50 / 5)
  })

  it('leaves the rows to the grid when stored filters decide what is on top', async () => {
    localStorage.setItem(storageKey(KEY), JSON.stringify({ problemsOnly: true }))
    const { portal, queryClient } = await readEarly()

    expect(queryClient.getQueryData(switchboardKeys.structure(KEY))).toBeDefined()
    expect(portal.log().every((entry) => statusLinesOf(entry.commands).size === 0)).toBe(true)
  })

  it('reads up to the row that ends on a full request, when one is near', () => {
    // 17 rows × 40 = 680: 18 rows end on a request of 20, 20 rows on a full one.
    expect(rowsFillingRequests(17, 40)).toBe(20)
    expect(rowsFillingRequests(18, 25)).toBe(18)
    expect(rowsFillingRequests(16, 10)).toBe(20)
    // 7 connectors end on a full request only every 50 rows: fill the last one instead.
    expect(rowsFillingRequests(16, 7)).toBe(16 + Math.ceil((50 - ((16 * 7) % 50)) / 7))
    expect(rowsFillingRequests(16, 0)).toBe(16)
  })
})
