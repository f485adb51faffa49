import 'fake-indexeddb/auto'
import { QueryClient, queryOptions, useIsRestoring, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { IDBFactory } from 'fake-indexeddb'
import { createStore, get, set } from 'idb-keyval'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestFrame } from '../../test/support/in-process-client'
import type { PortalClient } from '../bitrix/client'
import { CACHE_BUSTER, createWarmStart, storageKeyFor } from './persistence'
import { PortalProvider } from './portal-context'
import { QueryProvider } from './query-provider'
import { useRestoredAt } from './restored-at'

// Two visits of the app in one browser: the first loads the switchboard and keeps it in
// IndexedDB; the second shows it at once, marked with its time, while the portal has
// not answered yet.

const USER = { id: '7', name: 'Anna', lastName: 'Lee' }
const noPortal: PortalClient = {
  call: () => Promise.reject(new Error('no REST in this test')),
  batch: () => Promise.reject(new Error('no REST in this test')),
}

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

function Probe({ portalKey, load }: { portalKey: string; load: () => Promise<string> }) {
  const structure = useQuery(
    queryOptions({
      queryKey: ['switchboard', portalKey, 'structure'],
      queryFn: load,
      staleTime: 0,
    }),
  )
  const restoredAt = useRestoredAt()
  const isRestoring = useIsRestoring()
  return (
    <>
      <p>{isRestoring ? 'restoring' : 'restored'}</p>
      <p>{structure.data ?? 'loading'}</p>
      <p>{restoredAt === undefined ? 'fresh' : `from ${restoredAt}`}</p>
    </>
  )
}

function visit(portalKey: string, load: () => Promise<string>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const connection = { client: noPortal, frame: createTestFrame(), portalKey, user: USER }
  const warmStart = createWarmStart(connection, { throttleTime: 0 })
  if (!warmStart) throw new Error('expected IndexedDB')
  const view = render(
    <QueryProvider client={queryClient} warmStart={warmStart}>
      <PortalProvider value={connection}>
        <Probe portalKey={portalKey} load={load} />
      </PortalProvider>
    </QueryProvider>,
  )
  return { ...view, queryClient }
}

const store = () => createStore('open-lines-switchboard', 'query-cache')

/** A first visit to portal A that loads and keeps its structure; returns its fetch time. */
async function firstVisitTo(portalKey: string, data: string): Promise<number> {
  const { queryClient, unmount } = visit(portalKey, async () => data)
  await screen.findByText(data)
  await waitFor(async () => expect(await get(storageKeyFor(portalKey), store())).toContain(data))
  const fetchedAt = queryClient.getQueryState(['switchboard', portalKey, 'structure'])
  unmount()
  return fetchedAt?.dataUpdatedAt ?? NaN
}

beforeEach(() => {
  // A fresh, empty browser profile for every test.
  globalThis.indexedDB = new IDBFactory()
})

describe('warm start', () => {
  it('shows the saved switchboard before the portal answers, marked with its time', async () => {
    const fetchedAt = await firstVisitTo('A', 'Sales, Support')

    const fresh = deferred<string>()
    visit('A', () => fresh.promise)
    expect(await screen.findByText('Sales, Support')).toBeInTheDocument()
    // The mark follows once the row's reader has subscribed (one tick at most).
    expect(await screen.findByText(`from ${fetchedAt}`)).toBeInTheDocument()

    fresh.resolve('Sales, Support, VIP')
    expect(await screen.findByText('Sales, Support, VIP')).toBeInTheDocument()
    expect(await screen.findByText('fresh')).toBeInTheDocument()
  })

  it('restores nothing for another portal or user', async () => {
    await firstVisitTo('A', 'Portal A lines')

    const fresh = deferred<string>()
    visit('B', () => fresh.promise)
    // Let the restore finish; B has nothing of its own and must not see A's.
    expect(await screen.findByText('restored')).toBeInTheDocument()
    expect(screen.getByText('loading')).toBeInTheDocument()
    expect(screen.queryByText('Portal A lines')).not.toBeInTheDocument()
    expect(screen.getByText('fresh')).toBeInTheDocument()
    fresh.resolve('Portal B lines')
    expect(await screen.findByText('Portal B lines')).toBeInTheDocument()
  })

  const damaged: [string, string][] = [
    ['not JSON', '{"timestamp": 1, "buster'],
    ['JSON of another shape', JSON.stringify({ queries: 'all of them' })],
    [
      'a query hydrate cannot take',
      JSON.stringify({
        timestamp: Date.now(),
        buster: CACHE_BUSTER,
        clientState: { mutations: [], queries: [{ queryKey: 'switchboard' }] },
      }),
    ],
    [
      'an older app version',
      JSON.stringify({
        timestamp: Date.now(),
        buster: 'an-old-version/0',
        clientState: {
          mutations: [],
          queries: [
            {
              queryKey: ['switchboard', 'A', 'structure'],
              queryHash: '["switchboard","A","structure"]',
              state: { status: 'success', data: 'old shape', dataUpdatedAt: 1 },
            },
          ],
        },
      }),
    ],
  ]

  it.each(damaged)('ignores and removes a stored blob that is %s', async (_, blob) => {
    await set(storageKeyFor('A'), blob, store())

    const fresh = deferred<string>()
    visit('A', () => fresh.promise)
    expect(await screen.findByText('restored')).toBeInTheDocument()
    expect(await get(storageKeyFor('A'), store())).toBeUndefined()
    expect(screen.getByText('loading')).toBeInTheDocument()
    expect(screen.queryByText('old shape')).not.toBeInTheDocument()
    fresh.resolve('Sales')
    expect(await screen.findByText('Sales')).toBeInTheDocument()
    expect(screen.getByText('fresh')).toBeInTheDocument()
  })
})
