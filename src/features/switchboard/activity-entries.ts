import type { ActivityEntry, ActivityItem } from './stores/activity-log'

// The stored log checked before it is shown: what an older version, a hand edit or another
// app on the same origin left in localStorage is skipped, never rendered or trusted.

const text = (value: unknown) => typeof value === 'string'

function isItem(value: unknown): value is ActivityItem {
  const item = value as Partial<ActivityItem> | null
  return (
    text(item?.lineId) &&
    text(item?.lineName) &&
    text(item?.connectorId) &&
    text(item?.connectorName) &&
    ['done', 'failed', 'skipped'].includes(item?.result as string) &&
    (item?.code === undefined || text(item.code)) &&
    (item?.message === undefined || text(item.message))
  )
}

function isEntry(value: unknown): value is ActivityEntry {
  const entry = value as Partial<ActivityEntry> | null
  return (
    text(entry?.id) &&
    Number.isFinite(entry?.at) &&
    text(entry?.user?.id) &&
    text(entry?.user?.name) &&
    text(entry?.user?.lastName) &&
    (entry?.action === 'on' || entry?.action === 'off') &&
    Array.isArray(entry?.items) &&
    entry.items.every(isItem) &&
    (entry.undoes === undefined || text(entry.undoes))
  )
}

/** The well-formed entries, newest first by when they were asked for. */
export function activityEntries(stored: readonly unknown[]): ActivityEntry[] {
  // A slow switch is recorded after a later quick one: order by `at`, not by arrival.
  return stored.filter(isEntry).sort((a, b) => b.at - a.at)
}
