import { renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { activityEntries } from '../activity-entries'
import {
  ACTIVITY_CAP,
  activityActions,
  activityKey,
  openActivityLog,
  resetActivityLog,
  useStoredActivity,
  type ActivityEntry,
} from './activity-log'

const PORTAL = 'https://example.bitrix24.com|abc123|1'
const KEY = 'switchboard-activity:https://example.bitrix24.com|abc123'

function entry(id: string, at: number): ActivityEntry {
  return {
    id,
    at,
    user: { id: '1', name: 'Test', lastName: 'Admin' },
    action: 'on',
    items: [
      {
        lineId: '1',
        lineName: 'Sales',
        connectorId: 'viber',
        connectorName: 'Viber',
        result: 'done',
      },
    ],
  }
}

/** What the panel would show now: the store's entries, checked. */
function shown() {
  const { result, unmount } = renderHook(() => useStoredActivity())
  const entries = activityEntries(result.current)
  unmount()
  return entries
}

/** The app's page goes away (the portal's tab closed, the frame reloaded). */
const leftPage = () => window.dispatchEvent(new Event('pagehide'))

const storedIds = () =>
  activityEntries(JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown[]).map((e) => e.id)

afterEach(() => {
  resetActivityLog()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('the activity log', () => {
  it('is kept per portal, for every user of the browser on it', () => {
    expect(activityKey(PORTAL)).toBe(KEY)
    expect(activityKey('https://example.bitrix24.com|abc123|2')).toBe(KEY)
    expect(activityKey('https://other.bitrix24.com|def456|1')).not.toBe(KEY)
  })

  it('stores what is recorded and reads it back after a reload', () => {
    openActivityLog(PORTAL)
    activityActions().recorded(entry('a', 1000))
    activityActions().recorded(entry('b', 2000))
    leftPage()
    resetActivityLog()
    expect(shown()).toEqual([])
    openActivityLog(PORTAL)
    expect(shown().map((e) => e.id)).toEqual(['b', 'a'])
    expect(localStorage.getItem(KEY)).not.toMatch(/token/i)
  })

  /** Another tab of the portal writes the log: the browser tells this tab with an event. */
  function writtenByAnotherTab(key: string | null, entries?: ActivityEntry[]) {
    if (key === null) localStorage.clear()
    else localStorage.setItem(key, JSON.stringify(entries))
    window.dispatchEvent(new StorageEvent('storage', { key }))
  }

  it("shows another tab's changes at once and keeps them when this tab records", () => {
    localStorage.setItem(KEY, JSON.stringify([entry('here', 1000)]))
    openActivityLog(PORTAL)
    writtenByAnotherTab(KEY, [entry('there', 2000), entry('here', 1000)])
    expect(shown().map((e) => e.id)).toEqual(['there', 'here'])
    activityActions().recorded(entry('later', 3000))
    leftPage()
    expect(storedIds()).toEqual(['later', 'there', 'here'])
  })

  it("keeps this tab's changes not yet stored when another tab writes first", () => {
    openActivityLog(PORTAL)
    activityActions().recorded(entry('here', 1000))
    writtenByAnotherTab(KEY, [entry('there', 2000)])
    expect(shown().map((e) => e.id)).toEqual(['there', 'here'])
    leftPage()
    expect(storedIds()).toEqual(['there', 'here'])
  })

  it('stores a burst of switches once, a moment after the burst', () => {
    vi.useFakeTimers()
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    openActivityLog(PORTAL)
    for (let i = 0; i < 20; i++) {
      activityActions().recorded(entry(`e${i}`, i))
      vi.advanceTimersByTime(40)
    }
    expect(shown()).toHaveLength(20)
    expect(writes).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1_000)
    expect(writes).toHaveBeenCalledTimes(1)
    expect(storedIds()).toHaveLength(20)
    activityActions().recorded(entry('next', 99))
    vi.advanceTimersByTime(1_000)
    expect(writes).toHaveBeenCalledTimes(2)
    expect(storedIds()[0]).toBe('next')
  })

  it("ignores another portal's log, and empties when the browser's storage is cleared", () => {
    openActivityLog(PORTAL)
    activityActions().recorded(entry('here', 1000))
    writtenByAnotherTab(activityKey('https://other.bitrix24.com|def456|1'), [entry('x', 5)])
    expect(shown().map((e) => e.id)).toEqual(['here'])
    writtenByAnotherTab(null)
    expect(shown()).toEqual([])
  })

  it('drops the oldest beyond the cap', () => {
    openActivityLog(PORTAL)
    for (let i = 0; i < ACTIVITY_CAP + 3; i++) activityActions().recorded(entry(`e${i}`, i))
    const ids = shown().map((e) => e.id)
    expect(ids).toHaveLength(ACTIVITY_CAP)
    expect(ids[0]).toBe(`e${ACTIVITY_CAP + 2}`)
    expect(ids).not.toContain('e2')
    expect(ids).toContain('e3')
    leftPage()
    expect(JSON.parse(localStorage.getItem(KEY) ?? '[]')).toHaveLength(ACTIVITY_CAP)
  })

  it.each(['{not json', '"a string"', '{"id":"x"}', 'null'])(
    'counts unreadable storage (%s) as empty and writes over it',
    (stored) => {
      localStorage.setItem(KEY, stored)
      openActivityLog(PORTAL)
      expect(shown()).toEqual([])
      activityActions().recorded(entry('a', 1000))
      leftPage()
      expect(activityEntries(JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown[])).toEqual([
        entry('a', 1000),
      ])
    },
  )

  it('shows only well-formed entries, newest first by when they were asked for', () => {
    const bad = [
      { ...entry('x', 5), action: 'flip' },
      { ...entry('y', 5), items: [{ lineId: 1 }] },
      { ...entry('z', 5), user: null },
      '<img src=x onerror=alert(1)>',
    ]
    localStorage.setItem(KEY, JSON.stringify([entry('old', 1), ...bad, entry('new', 9)]))
    openActivityLog(PORTAL)
    expect(shown().map((e) => e.id)).toEqual(['new', 'old'])
  })
})
