import { createStore, useStore, type StoreApi } from 'zustand'
import { usePortal } from '../../../app/portal-context'
import { NO_FILTERS, type ConnectorKind, type Filters } from '../filter-view'

// Search and filters: UI state only (the cells stay in the react-query cache), one store per
// portal and user, kept in localStorage so a reload finds the grid as it was left. A small
// module rather than zustand's persist middleware: the first screen's bundle has no room.

type Toggle = 'problemsOnly' | 'activeOnly' | 'inUseOnly'

interface FiltersState {
  filters: Filters
  actions: {
    searched: (text: string) => void
    toggled: (filter: Toggle, on: boolean) => void
    kindChosen: (kind: ConnectorKind) => void
    cleared: () => void
  }
}

const KINDS: readonly string[] = ['all', 'rest', 'builtin'] satisfies ConnectorKind[]

export function storageKey(portalKey: string): string {
  return `switchboard.filters:${portalKey}`
}

/** What was stored, field by field: anything unreadable or of the wrong type is left out. */
function readStored(key: string): Partial<Filters> {
  let stored: unknown
  try {
    stored = JSON.parse(localStorage.getItem(key) ?? 'null')
  } catch {
    // Bad JSON, or storage the browser denies this frame: start unfiltered.
    return {}
  }
  if (typeof stored !== 'object' || stored === null) return {}
  const found: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(stored)) {
    if (name in NO_FILTERS && typeof value === typeof NO_FILTERS[name as keyof Filters])
      found[name] = value
  }
  if (!KINDS.includes(String(found.kind ?? 'all'))) delete found.kind
  return found as Partial<Filters>
}

function write(key: string, filters: Filters) {
  try {
    localStorage.setItem(key, JSON.stringify(filters))
  } catch {
    // Full or denied storage: the filters still work, they only won't outlive the page.
  }
}

function createFiltersStore(portalKey: string): StoreApi<FiltersState> {
  const key = storageKey(portalKey)
  const store = createStore<FiltersState>()((set) => ({
    filters: { ...NO_FILTERS, ...readStored(key) },
    actions: {
      searched: (search) => set((state) => ({ filters: { ...state.filters, search } })),
      toggled: (toggle, on) => set((state) => ({ filters: { ...state.filters, [toggle]: on } })),
      kindChosen: (kind) => set((state) => ({ filters: { ...state.filters, kind } })),
      cleared: () => set({ filters: NO_FILTERS }),
    },
  }))
  store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) write(key, state.filters)
  })
  return store
}

const stores = new Map<string, StoreApi<FiltersState>>()

function filtersStore(portalKey: string): StoreApi<FiltersState> {
  let store = stores.get(portalKey)
  if (!store) {
    store = createFiltersStore(portalKey)
    stores.set(portalKey, store)
  }
  return store
}

export const useFilters = () => useStore(filtersStore(usePortal().portalKey), (s) => s.filters)
export const useFilterActions = () =>
  useStore(filtersStore(usePortal().portalKey), (s) => s.actions)

/** The filters the grid will open with, read outside React (before the grid is drawn). */
export const filtersOf = (portalKey: string): Filters => filtersStore(portalKey).getState().filters

/** Forgets the stores held in memory, as a new page would; what is stored stays. */
export function forgetFilterStores() {
  stores.clear()
}
