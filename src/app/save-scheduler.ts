import {
  persistQueryClientSave,
  type PersistedClient,
  type PersistedQueryClientSaveOptions,
} from '@tanstack/react-query-persist-client'
import { whenIdle } from './when-idle'

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
    // Idle time when the browser has some soon; never later than one more interval.
    whenIdle(save, intervalMs)
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

/** Queries serialised per slice before the browser gets the main thread back. */
const SLICE = 100

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The same JSON as `JSON.stringify(client)`, built a slice of queries at a time: the whole
 * of a 1,000-line switchboard at once holds the main thread for about 10 ms.
 */
export async function serializeInSlices(client: PersistedClient): Promise<string> {
  const { queries, mutations } = client.clientState
  const parts: string[] = []
  for (let start = 0; start < queries.length; start += SLICE) {
    if (start > 0) await yieldToBrowser()
    parts.push(
      queries
        .slice(start, start + SLICE)
        .map((query) => JSON.stringify(query))
        .join(','),
    )
  }
  return (
    `{"buster":${JSON.stringify(client.buster)},"timestamp":${JSON.stringify(client.timestamp)},` +
    `"clientState":{"mutations":${JSON.stringify(mutations)},"queries":[${parts.join(',')}]}}`
  )
}
