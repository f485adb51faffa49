import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { trackInputHolds, whenIdleAndReleased, whenInputReleased } from './input-hold'

const pointer = (type: string) => window.dispatchEvent(new Event(type))
const key = (type: 'keydown' | 'keyup', name: string) =>
  window.dispatchEvent(new KeyboardEvent(type, { key: name }))

/** Past the release's frame and the task after it. */
const nextFrameAndTask = () => vi.advanceTimersByTimeAsync(40)

describe('work that waits for a click being pressed', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'],
    })
    trackInputHolds()
  })
  afterEach(() => {
    pointer('pointerup')
    vi.runAllTimers()
    vi.useRealTimers()
  })

  it('runs at once when nothing is pressed', () => {
    const update = vi.fn()
    whenInputReleased(update)
    expect(update).toHaveBeenCalledOnce()
  })

  it('waits while the pointer is down, then runs after the frame that shows the click', async () => {
    const update = vi.fn()
    pointer('pointerdown')
    whenInputReleased(update)
    await vi.advanceTimersByTimeAsync(300)
    expect(update).not.toHaveBeenCalled()
    pointer('pointerup')
    // Not in the release's own task: the click's frame is drawn first.
    expect(update).not.toHaveBeenCalled()
    await nextFrameAndTask()
    expect(update).toHaveBeenCalledOnce()
  })

  it('waits for a held Space as for a held button', async () => {
    const update = vi.fn()
    key('keydown', ' ')
    whenInputReleased(update)
    await vi.advanceTimersByTimeAsync(200)
    expect(update).not.toHaveBeenCalled()
    key('keyup', ' ')
    await nextFrameAndTask()
    expect(update).toHaveBeenCalledOnce()
  })

  it('does not wait for other keys', () => {
    const update = vi.fn()
    key('keydown', 'a')
    whenInputReleased(update)
    expect(update).toHaveBeenCalledOnce()
  })

  it('background work without idle callbacks (Safari) still waits for a press to end', async () => {
    const save = vi.fn()
    pointer('pointerdown')
    const cancel = whenIdleAndReleased(save, 100)
    expect(save).not.toHaveBeenCalled()
    pointer('pointerup')
    await nextFrameAndTask()
    expect(save).toHaveBeenCalledOnce()
    // And one cancelled while it waits for the release never runs.
    const other = vi.fn()
    pointer('pointerdown')
    whenIdleAndReleased(other, 100)()
    pointer('pointerup')
    await nextFrameAndTask()
    expect(other).not.toHaveBeenCalled()
    cancel()
  })

  it('gives up waiting after a second: a press that long is a drag, or its release was missed', async () => {
    const update = vi.fn()
    pointer('pointerdown')
    whenInputReleased(update)
    await vi.advanceTimersByTimeAsync(999)
    expect(update).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(2)
    expect(update).toHaveBeenCalledOnce()
    // Later updates in the same long press run at once.
    const later = vi.fn()
    whenInputReleased(later)
    expect(later).toHaveBeenCalledOnce()
    pointer('pointerup')
    await nextFrameAndTask()
    expect(update).toHaveBeenCalledOnce()
  })

  it('a cancelled wait never runs', async () => {
    const update = vi.fn()
    pointer('pointerdown')
    const cancel = whenInputReleased(update)
    cancel()
    pointer('pointerup')
    await vi.advanceTimersByTimeAsync(2_000)
    expect(update).not.toHaveBeenCalled()
  })

  it('a new press before the release’s frame keeps waiting for that press', async () => {
    const update = vi.fn()
    pointer('pointerdown')
    whenInputReleased(update)
    pointer('pointerup')
    pointer('pointerdown')
    await nextFrameAndTask()
    expect(update).not.toHaveBeenCalled()
    pointer('pointerup')
    await nextFrameAndTask()
    expect(update).toHaveBeenCalledOnce()
  })

  it('keeps waiting when the press moves the focus, and stops when the frame loses it', async () => {
    const update = vi.fn()
    const button = document.body.appendChild(document.createElement('button'))
    pointer('pointerdown')
    // A press focuses what it pressed: the element losing focus is not the frame losing it.
    button.dispatchEvent(new FocusEvent('blur'))
    whenInputReleased(update)
    await nextFrameAndTask()
    expect(update).not.toHaveBeenCalled()
    window.dispatchEvent(new FocusEvent('blur'))
    await nextFrameAndTask()
    expect(update).toHaveBeenCalledOnce()
    button.remove()
  })
})

describe('background work in idle time outside presses', () => {
  let idleCallbacks: (() => void)[] = []
  const idle = () => {
    const due = idleCallbacks
    idleCallbacks = []
    for (const callback of due) callback()
  }
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'],
    })
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      idleCallbacks.push(callback)
      return idleCallbacks.length
    })
    vi.stubGlobal('cancelIdleCallback', () => undefined)
    trackInputHolds()
  })
  afterEach(() => {
    pointer('pointerup')
    vi.runAllTimers()
    vi.useRealTimers()
    vi.unstubAllGlobals()
    idleCallbacks = []
  })

  it('waits for idle time when nothing is pressed', () => {
    const save = vi.fn()
    whenIdleAndReleased(save, 100)
    expect(save).not.toHaveBeenCalled()
    idle()
    expect(save).toHaveBeenCalledOnce()
  })

  it('idle time in the middle of a press waits for the release and idle time after it', async () => {
    const save = vi.fn()
    whenIdleAndReleased(save, 100)
    pointer('pointerdown')
    idle()
    expect(save).not.toHaveBeenCalled()
    pointer('pointerup')
    await nextFrameAndTask()
    expect(save).not.toHaveBeenCalled()
    idle()
    expect(save).toHaveBeenCalledOnce()
  })

  it('work held back by a press runs in idle time after the click’s frame', async () => {
    const send = vi.fn()
    pointer('pointerdown')
    whenInputReleased(send)
    pointer('pointerup')
    await nextFrameAndTask()
    expect(send).not.toHaveBeenCalled()
    idle()
    expect(send).toHaveBeenCalledOnce()
  })

  it('work asked for between a release and its frame waits for that frame', async () => {
    const send = vi.fn()
    pointer('pointerdown')
    pointer('pointerup')
    whenInputReleased(send)
    expect(send).not.toHaveBeenCalled()
    await nextFrameAndTask()
    idle()
    expect(send).toHaveBeenCalledOnce()
    // Once the frame is drawn, work goes at once again.
    const later = vi.fn()
    whenInputReleased(later)
    expect(later).toHaveBeenCalledOnce()
  })

  it('a cancelled wait never runs, wherever it was waiting', async () => {
    const save = vi.fn()
    const cancel = whenIdleAndReleased(save, 100)
    pointer('pointerdown')
    idle()
    cancel()
    pointer('pointerup')
    await nextFrameAndTask()
    idle()
    expect(save).not.toHaveBeenCalled()
  })
})
