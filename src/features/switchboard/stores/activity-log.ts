import { create } from 'zustand'
import type { PortalUser } from '../../../bitrix/profile'
import { whenIdleAndReleased } from '../../../app/input-hold'

// The activity log: every change made from this app in this portal, kept in this browser
// (docs/decisions/006-activity-log-storage.md says why not in the portal). Switches record
// themselves (api/switch-cell.ts); a bulk change records one entry with all its items.
// Reading, checking and showing the log load with the panel (activity-entries.ts,
// components/activity-panel.tsx): this module is in the first screen's bundle.

/** One cell of a change: which line and connector, and how it ended. */
export interface ActivityItem {
  lineId: string
  /** The names as the user saw them at the time (lines and connectors may be renamed later). */
  lineName: string
  connectorId: string
  connectorName: string
  /** `skipped`: the cell was already in the wanted state, so nothing was sent. */
  result: 'done' | 'failed' | 'skipped'
  /** The REST error code of a failed item, for support. */
  code?: string
  /** The user's sentence for a failed item, in the app's language when it failed. */
  message?: string
}

/** One change the user made: a single switch has one item, a bulk change many. */
export interface ActivityEntry {
  /** Unique in this log (the log keys its rows and its undo by it). */
  id: string
  /** When the user asked for the change, in ms since the epoch. */
  at: number
  /** The profile user who made it (`usePortal().user`). */
  user: PortalUser
  /** The state every item was switched to. */
  action: 'on' | 'off'
  items: ActivityItem[]
  /** Set only by the log's own Undo: the id of the entry this one undid. */
  undoes?: string
}

/** The oldest entries are dropped beyond this, so the log stays well within localStorage. */
export const ACTIVITY_CAP = 500

interface ActivityLogState {
  /** The localStorage key of the portal shown, once known. */
  key: string | undefined
  /** As stored, newest recorded first: not yet checked (see activity-entries.ts). */
  stored: unknown[]
}

const useActivityStore = create<ActivityLogState>()(() => ({ key: undefined, stored: [] }))

/** What is stored for a portal; unreadable JSON counts as an empty log. Never throws. */
function read(key: string): unknown[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]')
    return Array.isArray(stored) ? stored : []
  } catch {
    return []
  }
}

/**
 * The storage key for a portal. `portalKey` is `origin|member_id|user id`; the log is the
 * portal's, so every user of this browser on that portal shares it (each entry says who).
 */
export function activityKey(portalKey: string): string {
  const parts = portalKey.split('|')
  return `switchboard-activity:${parts.length > 2 ? parts.slice(0, -1).join('|') : portalKey}`
}

/** Points the log at a portal's stored entries (on start, and when the portal changes). */
export function openActivityLog(portalKey: string): void {
  const key = activityKey(portalKey)
  if (useActivityStore.getState().key === key) return
  saveNow()
  useActivityStore.setState({ key, stored: read(key) })
}

/** Recorded here and not yet written: kept across another tab's write until they are. */
let unsaved: ActivityEntry[] = []
let saveTimer: ReturnType<typeof setTimeout> | undefined

/** A burst of switches writes the log once: each write stringifies all of it (~120 kB). */
const SAVE_DELAY_MS = 1_000

function saveNow(): void {
  clearTimeout(saveTimer)
  saveTimer = undefined
  if (unsaved.length === 0) return
  unsaved = []
  const { key, stored } = useActivityStore.getState()
  try {
    if (key) localStorage.setItem(key, JSON.stringify(stored))
  } catch {
    // Storage full or disabled (private mode): the log still lives for this visit.
  }
}

// Written when the page goes away or out of sight, whatever the delay left: the portal's
// tab closed or the app's frame reloaded keeps every change made.
addEventListener('pagehide', saveNow)
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveNow()
})

// Another tab of the same portal writes the log too. The browser tells every other tab of a
// write with a `storage` event, and that is when this copy is read again: not before each
// record, which parsed the whole log (up to 500 entries) in every switch's answer. Either
// way a tab learns of another's write from a message between the tabs (the browser updates
// its copy of the storage and queues the event together), so two tabs writing in the same
// few milliseconds could overwrite each other before as now. A null key: the other tab
// cleared all of this origin's storage.
addEventListener('storage', ({ key: written }) => {
  const { key } = useActivityStore.getState()
  if (!key || (written !== key && written !== null)) return
  // Removed or cleared there: the log is emptied here too, changes not yet stored included.
  if (localStorage.getItem(key) === null) unsaved = []
  // What this tab has not stored yet, no other tab has seen: it goes on top of their log.
  useActivityStore.setState({ stored: [...unsaved, ...read(key)].slice(0, ACTIVITY_CAP) })
})

/**
 * A change finished: it goes first and the oldest beyond the cap go. It is stored a second
 * later, with whatever followed it, and at once if the page is left.
 */
function recorded(entry: ActivityEntry): void {
  const { stored } = useActivityStore.getState()
  useActivityStore.setState({ stored: [entry, ...stored].slice(0, ACTIVITY_CAP) })
  unsaved = [entry, ...unsaved]
  // Written in idle time outside a press: the write stringifies the whole log.
  saveTimer ??= setTimeout(() => whenIdleAndReleased(saveNow, SAVE_DELAY_MS), SAVE_DELAY_MS)
}

/**
 * The log's whole API for whoever makes changes: `activityActions().recorded(entry)`, once
 * the change has finished (every item done, failed or skipped).
 */
export const activityActions = () => ({ recorded })

/** The log as stored, unchecked: show it through activityEntries() (activity-entries.ts). */
export const useStoredActivity = () => useActivityStore((state) => state.stored)

/** For tests: forget the portal and the entries in memory (storage is left alone). */
export const resetActivityLog = () => {
  clearTimeout(saveTimer)
  saveTimer = undefined
  unsaved = []
  useActivityStore.setState({ key: undefined, stored: [] })
}
