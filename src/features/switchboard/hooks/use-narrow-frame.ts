import { useSyncExternalStore } from 'react'

// A frame this narrow (a phone, a side panel, a desktop zoomed to 200 %) cannot spare the
// full width for line names and still show a whole column of switches beside them.
const NARROW = '(max-width: 480px)'

// One list for the page: its `matches` is live, and React reads the snapshot on every render
// and store check, where a new list each time was a matchMedia call (and an object) apiece.
let narrowList: MediaQueryList | null | undefined

function query(): MediaQueryList | undefined {
  narrowList ??= typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null
  return narrowList ?? undefined
}

function subscribe(changed: () => void): () => void {
  const list = query()
  list?.addEventListener('change', changed)
  return () => list?.removeEventListener('change', changed)
}

/** Whether the frame is narrow now; follows zoom and resizes. */
export function useNarrowFrame(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  )
}
