import {
  persistQueryClientSave,
  type PersistedClient,
  type PersistedQueryClientSaveOptions,
} from '@tanstack/react-query-persist-client'
import { whenIdleAndReleased, whenInputReleased } from './input-hold'

// How the warm-start copy is written. The library's subscription dehydrates the whole cache
// on every event of either cache, a click's dozen events included: at 1,000 lines that is
// milliseconds of work between a click and its paint. Here an event only marks the copy
// stale; the cache is dehydrated and written once it has been quiet for an interval (never
// later than ten intervals after the first unsaved change), when the browser is idle, and
// its JSON is built in slices that let clicks and frames through. Waiting for a pause keeps
// a burst of clicks free of the copy's megabytes of garbage, and so of the collector's
// pauses (a trace of the bench showed major collections of up to 21 ms between clicks).

/** Starts saving the cache on change; returns the function that stops it. */
export function subscribeToSaves(
  options: PersistedQueryClientSaveOptions,
  intervalMs: number,
): () => void {
  const maxWaitMs = intervalMs * 10
  let scheduled: ReturnType<typeof setTimeout> | undefined
  let firstUnsaved: number | undefined
  let stopped = false
  const save = () => {
    if (!stopped) void persistQueryClientSave(options)
  }
  const due = () => {
    scheduled = undefined
    firstUnsaved = undefined
    // Idle time when the browser has some soon, outside a press; never later than one more
    // interval after the release.
    whenIdleAndReleased(save, intervalMs)
  }
  const unsubscribe = options.queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'added' && event.type !== 'removed' && event.type !== 'updated') return
    const now = Date.now()
    firstUnsaved ??= now
    if (scheduled !== undefined) clearTimeout(scheduled)
    scheduled = setTimeout(due, Math.max(0, Math.min(intervalMs, firstUnsaved + maxWaitMs - now)))
  })
  return () => {
    stopped = true
    if (scheduled !== undefined) clearTimeout(scheduled)
    unsubscribe()
  }
}

/**
 * How long one slice of the copy may hold the main thread, in ms. A click that arrives
 * meanwhile waits for the slice to end: at 1,000 × 40 a fixed slice of 100 rows took a few
 * ms, and a trace of the bench had one in front of 32 clicks of 200.
 */
const SLICE_BUDGET_MS = 1

// A press that begins between slices leaves the rest of the copy until its click is drawn.
const yieldToBrowser = () =>
  new Promise<void>((resolve) => setTimeout(() => whenInputReleased(resolve), 0))

/**
 * The same JSON as `JSON.stringify(client)`, built a query at a time, handing the main
 * thread back whenever a slice has used its budget: the whole of a 1,000-line switchboard
 * at once holds it for about 10 ms.
 */
export async function serializeInSlices(
  client: PersistedClient,
  budgetMs = SLICE_BUDGET_MS,
): Promise<string> {
  const { queries, mutations } = client.clientState
  const parts: string[] = []
  let sliceStart = performance.now()
  for (const query of queries) {
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToBrowser()
      sliceStart = performance.now()
    }
    parts.push(JSON.stringify(query))
  }
  return (
    `{"buster":${JSON.stringify(client.buster)},"timestamp":${JSON.stringify(client.timestamp)},` +
    `"clientState":{"mutations":${JSON.stringify(mutations)},"queries":[${parts.join(',')}]}}`
  )
}
