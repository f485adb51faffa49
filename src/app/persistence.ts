import type {
  AsyncStorage,
  PersistedClient,
  PersistQueryClientOptions,
  Persister,
} from '@tanstack/react-query-persist-client'
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister'
import { createStore, del, get, set } from 'idb-keyval'
import type { PortalConnection } from './portal-context'
import { CACHE_MAX_AGE } from './query-client'
import { serializeInSlices } from './save-scheduler'

// Warm start: the last known switchboard of this portal and user is kept in IndexedDB and
// shown at once while fresh states load. Only successful queries under
// ['switchboard', portalKey] are written: no tokens (they never enter the query cache),
// no other portal's data, no mutations, no errors.

declare const __APP_VERSION__: string

/**
 * Bump when the data the switchboard keeps in its queries changes shape, so a stored
 * copy in the old shape is dropped instead of restored. The app version is in the
 * buster too, so every release starts from a shape it knows.
 */
export const CACHE_SHAPE = 1

export const CACHE_BUSTER = `${__APP_VERSION__}/${CACHE_SHAPE}`

/** What the app needs to restore and keep a portal's switchboard between visits. */
export interface WarmStart {
  portalKey: string
  persistOptions: Omit<PersistQueryClientOptions, 'queryClient'>
  /** At most one write per this many ms. */
  saveIntervalMs: number
  /**
   * queryHash → dataUpdatedAt of every query taken from storage; a query whose
   * dataUpdatedAt still equals it shows restored data (see useRestoredAt).
   */
  restored: Map<string, number>
}

export interface WarmStartOptions {
  /** Defaults to an IndexedDB store of this app. */
  storage?: AsyncStorage<string>
  /** At most one write per this many ms (defaults to 1 s). */
  throttleTime?: number
}

export function storageKeyFor(portalKey: string): string {
  return `switchboard-cache:${portalKey}`
}

function indexedDbStorage(): AsyncStorage<string> | undefined {
  if (typeof indexedDB === 'undefined') return undefined
  const store = createStore('open-lines-switchboard', 'query-cache')
  return {
    getItem: (key) => get<string>(key, store),
    setItem: (key, value: string) => set(key, value, store),
    removeItem: (key) => del(key, store),
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A stored blob that hydrate() can take without throwing; anything else is dropped. */
function isPersistedClient(value: unknown): value is PersistedClient {
  if (!isRecord(value) || typeof value.timestamp !== 'number' || typeof value.buster !== 'string')
    return false
  const state = value.clientState
  if (!isRecord(state) || !Array.isArray(state.queries) || !Array.isArray(state.mutations))
    return false
  return state.queries.every(
    (query: unknown) =>
      isRecord(query) &&
      Array.isArray(query.queryKey) &&
      typeof query.queryHash === 'string' &&
      isRecord(query.state) &&
      query.state.status === 'success' &&
      typeof query.state.dataUpdatedAt === 'number',
  )
}

function isOwnQuery(portalKey: string, queryKey: readonly unknown[]): boolean {
  return queryKey[0] === 'switchboard' && queryKey[1] === portalKey
}

/**
 * Persistence for one connection, or undefined when there is nowhere to keep it (no
 * IndexedDB) or nobody to keep it for (the portal did not say who the user is).
 */
export function createWarmStart(
  connection: Pick<PortalConnection, 'portalKey' | 'user'>,
  options: WarmStartOptions = {},
): WarmStart | undefined {
  if (connection.user.id === '') return undefined
  const storage = options.storage ?? indexedDbStorage()
  if (!storage) return undefined
  const { portalKey } = connection
  const restored = new Map<string, number>()
  const inner = createAsyncStoragePersister({
    storage,
    key: storageKeyFor(portalKey),
    // The save scheduler already spaces the writes (see save-scheduler.ts).
    throttleTime: 0,
    serialize: serializeInSlices,
  })
  const persister: Persister = {
    persistClient: inner.persistClient,
    removeClient: inner.removeClient,
    async restoreClient() {
      let stored: unknown
      try {
        stored = await inner.restoreClient()
      } catch {
        stored = false // unreadable storage or a blob that is not JSON
      }
      if (stored === undefined) return undefined
      // Old (another buster), expired or damaged: dropped, never restored.
      if (
        !isPersistedClient(stored) ||
        stored.buster !== CACHE_BUSTER ||
        Date.now() - stored.timestamp > CACHE_MAX_AGE
      ) {
        await Promise.resolve(inner.removeClient()).catch(() => undefined)
        return undefined
      }
      // Only this portal's switchboard, whatever else a damaged blob may hold.
      const queries = stored.clientState.queries.filter((query) =>
        isOwnQuery(portalKey, query.queryKey),
      )
      restored.clear()
      for (const query of queries) restored.set(query.queryHash, query.state.dataUpdatedAt)
      return { ...stored, clientState: { mutations: [], queries } }
    },
  }
  return {
    portalKey,
    restored,
    saveIntervalMs: options.throttleTime ?? 1_000,
    persistOptions: {
      persister,
      maxAge: CACHE_MAX_AGE,
      buster: CACHE_BUSTER,
      dehydrateOptions: {
        shouldDehydrateQuery: (query) =>
          query.state.status === 'success' && isOwnQuery(portalKey, query.queryKey),
        shouldDehydrateMutation: () => false,
      },
    },
  }
}
