import { dehydrate, QueryClient } from '@tanstack/react-query'
import type { Persister } from '@tanstack/react-query-persist-client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { switchboardKeys } from '../features/switchboard/api/query-keys'
import { serializeInSlices, subscribeToSaves } from './save-scheduler'

function clientWithRows(count: number) {
  const queryClient = new QueryClient()
  for (let line = 0; line < count; line += 1)
    queryClient.setQueryData(switchboardKeys.row('P', String(line)), {
      telegrambot: { status: line % 3 === 0 ? 'working' : 'off' },
      'rest.<b>"odd"</b>': { status: 'error' },
    })
  return queryClient
}

describe('serializeInSlices', () => {
  it('writes exactly what JSON.stringify writes, however many slices it takes', async () => {
    for (const rows of [0, 1, 100, 250]) {
      const client = {
        buster: 'v1/"1"',
        timestamp: 1_764_000_000_000,
        clientState: dehydrate(clientWithRows(rows)),
      }
      expect(await serializeInSlices(client)).toBe(JSON.stringify(client))
      // Every query in a slice of its own: the same text.
      expect(await serializeInSlices(client, 0)).toBe(JSON.stringify(client))
    }
  })

  it('lets work queued meanwhile run between slices once a slice has used its budget', async () => {
    const client = {
      buster: 'v1',
      timestamp: 1_764_000_000_000,
      clientState: dehydrate(clientWithRows(50)),
    }
    let clickRan = false
    const serialized = serializeInSlices(client, 0).then((text) => ({ text, clickRan }))
    // A click's task, queued after the save began: it runs before the save ends.
    setTimeout(() => (clickRan = true), 0)
    expect((await serialized).clickRan).toBe(true)

    clickRan = false
    // With a budget no slice uses up, the copy is written in one go.
    const whole = serializeInSlices(client, 60_000).then(() => clickRan)
    setTimeout(() => (clickRan = true), 0)
    expect(await whole).toBe(false)
  })
})

describe('subscribeToSaves', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  function saving(queryClient: QueryClient) {
    const saved: number[] = []
    const persister: Persister = {
      persistClient: (client) => {
        saved.push(client.clientState.queries.length)
      },
      restoreClient: () => undefined,
      removeClient: () => undefined,
    }
    const stop = subscribeToSaves({ queryClient, persister }, 1_000)
    return { saved, stop }
  }

  it('writes once the cache has been quiet for an interval, however many changes it saw', async () => {
    const queryClient = clientWithRows(0)
    const { saved } = saving(queryClient)
    for (let line = 0; line < 300; line += 1)
      queryClient.setQueryData(switchboardKeys.row('P', String(line)), {})
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(1_000)
    expect(saved).toEqual([300])
    queryClient.setQueryData(switchboardKeys.row('P', '300'), {})
    await vi.advanceTimersByTimeAsync(999)
    expect(saved).toEqual([300])
    await vi.advanceTimersByTimeAsync(1)
    expect(saved).toEqual([300, 301])
  })

  it('waits out a burst of changes, but writes ten intervals after the first at the latest', async () => {
    const queryClient = clientWithRows(0)
    const { saved } = saving(queryClient)
    // A change every half second, as rows arrive at the portal's pace or clicks follow clicks.
    for (let line = 0; line < 24; line += 1) {
      queryClient.setQueryData(switchboardKeys.row('P', String(line)), {})
      await vi.advanceTimersByTimeAsync(500)
    }
    // 12 s of changes: one write, at 10 s (20 rows by then), not one a second.
    expect(saved).toEqual([20])
    await vi.advanceTimersByTimeAsync(1_000)
    expect(saved).toEqual([20, 24])
  })

  it('writes nothing for a switch on its way, and nothing once stopped', async () => {
    const queryClient = clientWithRows(1)
    const { saved, stop } = saving(queryClient)
    await queryClient
      .getMutationCache()
      .build(queryClient, { mutationFn: async () => 'on' })
      .execute(undefined)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(saved).toEqual([])
    queryClient.setQueryData(switchboardKeys.row('P', '1'), {})
    stop()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(saved).toEqual([])
  })
})
