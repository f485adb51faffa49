import { QueryClient, queryOptions, skipToken, type QueryKey } from '@tanstack/react-query'
import { persistQueryClientSave, type AsyncStorage } from '@tanstack/react-query-persist-client'
import { describe, expect, it } from 'vitest'
import { CACHE_BUSTER, createWarmStart, storageKeyFor } from './persistence'

const USER = { id: '7', name: 'Anna', lastName: 'Lee' }
const key = (queryKey: QueryKey) => queryOptions<unknown>({ queryKey, queryFn: skipToken }).queryKey

function memoryStorage(): AsyncStorage<string> & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: async (key) => items.get(key) ?? null,
    setItem: async (key, value) => {
      items.set(key, value)
    },
    removeItem: async (key) => {
      items.delete(key)
    },
  }
}

describe('what the warm start writes', () => {
  it('keeps only this portal’s successful switchboard queries: no tokens, errors or mutations', async () => {
    const storage = memoryStorage()
    const warmStart = createWarmStart({ portalKey: 'P', user: USER }, { storage })
    if (!warmStart) throw new Error('expected a warm start')
    const client = new QueryClient()
    client.setQueryData(key(['switchboard', 'P', 'structure']), {
      lines: [{ id: '1', name: 'Sales' }],
      connectors: [{ id: 'telegrambot', name: 'Telegram' }],
    })
    client.setQueryData(key(['switchboard', 'P', 'row', '1']), { telegrambot: 'working' })
    // Another portal's switchboard and anything outside the switchboard stay out…
    client.setQueryData(key(['switchboard', 'Q', 'structure']), { lines: [], connectors: [] })
    client.setQueryData(key(['session']), {
      auth: { access_token: 'secret-a', refresh_token: 'secret-r' },
    })
    // …and so do failed queries and mutations (their variables, their errors).
    await client
      .prefetchQuery(
        queryOptions({
          queryKey: ['switchboard', 'P', 'row', '2'],
          queryFn: () => Promise.reject(new Error('access_token expired')),
        }),
      )
      .catch(() => undefined)
    await client
      .getMutationCache()
      .build(client, {
        mutationKey: ['switchboard', 'P', 'switch'],
        mutationFn: async () => 'ok',
      })
      .execute({ line: '1', connector: 'telegrambot', active: 1, auth: 'secret-a' })

    await persistQueryClientSave({ queryClient: client, ...warmStart.persistOptions })

    expect([...storage.items.keys()]).toEqual([storageKeyFor('P')])
    const blob = storage.items.get(storageKeyFor('P')) ?? ''
    expect(blob).not.toMatch(/auth|access_token|refresh_token|secret/)
    const stored = JSON.parse(blob) as {
      buster: string
      clientState: { queries: { queryKey: unknown[] }[]; mutations: unknown[] }
    }
    expect(stored.buster).toBe(CACHE_BUSTER)
    expect(stored.clientState.mutations).toEqual([])
    expect(stored.clientState.queries.map((query) => query.queryKey)).toEqual([
      ['switchboard', 'P', 'structure'],
      ['switchboard', 'P', 'row', '1'],
    ])
  })

  it('keeps nothing for a user the portal did not name', () => {
    const user = { id: '', name: '', lastName: '' }
    expect(createWarmStart({ portalKey: 'P', user }, { storage: memoryStorage() })).toBeUndefined()
  })
})
