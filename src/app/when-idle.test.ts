import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from './when-idle'

/** A browser with idle callbacks; `idle()` is the browser finding idle time. */
function browserWithIdleCallbacks() {
  const queued = new Map<number, () => void>()
  const timeouts: number[] = []
  let next = 0
  vi.stubGlobal('requestIdleCallback', (callback: () => void, options: { timeout: number }) => {
    next += 1
    queued.set(next, callback)
    timeouts.push(options.timeout)
    return next
  })
  vi.stubGlobal('cancelIdleCallback', (handle: number) => queued.delete(handle))
  return {
    timeouts,
    idle() {
      const callbacks = [...queued.values()]
      queued.clear()
      for (const callback of callbacks) callback()
    },
  }
}

describe('work that waits for idle time', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('runs once the browser is idle, no later than the time given', () => {
    const browser = browserWithIdleCallbacks()
    const work = vi.fn()
    whenIdle(work, 100)
    expect(work).not.toHaveBeenCalled()
    expect(browser.timeouts).toEqual([100])
    browser.idle()
    expect(work).toHaveBeenCalledOnce()
  })

  it('does not run once cancelled', () => {
    const browser = browserWithIdleCallbacks()
    const work = vi.fn()
    const cancel = whenIdle(work, 100)
    cancel()
    browser.idle()
    expect(work).not.toHaveBeenCalled()
  })

  it('runs at once in a browser without idle callbacks (Safari)', () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    const work = vi.fn()
    whenIdle(work, 100)
    expect(work).toHaveBeenCalledOnce()
  })
})
