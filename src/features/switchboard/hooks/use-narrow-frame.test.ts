import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useNarrowFrame } from './use-narrow-frame'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useNarrowFrame', () => {
  it('follows the frame as it narrows and widens, from one media query list', () => {
    const listeners = new Set<() => void>()
    let matches = false
    const matchMedia = vi.fn((query: string) => ({
      media: query,
      get matches() {
        return matches
      },
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    }))
    vi.stubGlobal('matchMedia', matchMedia)

    const { result, rerender, unmount } = renderHook(() => useNarrowFrame())
    expect(result.current).toBe(false)

    act(() => {
      matches = true
      for (const listener of listeners) listener()
    })
    expect(result.current).toBe(true)

    act(() => {
      matches = false
      for (const listener of listeners) listener()
    })
    expect(result.current).toBe(false)

    rerender()
    rerender()
    // Every render reads the snapshot: the list is made once, not per read.
    expect(matchMedia).toHaveBeenCalledTimes(1)
    expect(matchMedia).toHaveBeenCalledWith('(max-width: 480px)')
    unmount()
    expect(listeners.size).toBe(0)
  })
})
