import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { setupPortal } from '../../../../portal/model/testing'
import { createInProcessClient } from '../../../../test/support/in-process-client'
import { rowsDrawn } from '../grid-geometry'
import { forgetFilterStores, storageKey } from '../stores/filters'
import { readFirstScreenEarly } from './first-screen'
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
  const { portal } = setupPortal({ scenario: { scenario: 'large', lines: 300, connectors: 4 } })
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
    const top = structure?.lines.slice(0, rowsDrawn(window.innerHeight)).map((line) => line.id)
    const reads = portal.log().filter((entry) => statusLinesOf(entry.commands).size > 0)
    const asked = new Set(reads.flatMap((entry) => [...statusLinesOf(entry.commands)]))
    for (const id of top ?? []) {
      expect(asked).toContain(id)
      expect(queryClient.getQueryData(switchboardKeys.row(KEY, id))).toBeDefined()
    }
    // The lines after them fill the last request: none leaves half full.
    expect(reads.map((entry) => entry.commands?.length)).toEqual(reads.map(() => 50))
    expect(asked.size).toBeLessThan((top?.length ?? 0) + 50 / 4)
  })

  it('leaves the rows to the grid when stored filters decide what is on top', async () => {
    localStorage.setItem(storageKey(KEY), JSON.stringify({ problemsOnly: true }))
    const { portal, queryClient } = await readEarly()

    expect(queryClient.getQueryData(switchboardKeys.structure(KEY))).toBeDefined()
    expect(portal.log().every((entry) => statusLinesOf(entry.commands).size === 0)).toBe(true)
  })
})
