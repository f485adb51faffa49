import { act, render } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestFrame } from '../../test/support/in-process-client'
import type { PortalFrame } from '../bitrix/client'
import { FIT_INTERVAL_MS, MIN_FRAME_HEIGHT, nextFit, useFitFrame, type FitState } from './fit-frame'

const start: FitState = { content: 0, viewport: 700, sent: undefined }

describe('nextFit', () => {
  it('asks for the content height, never below the minimum, and only when it changed', () => {
    const first = nextFit(start, 1234.4, 700)
    expect(first.send).toBe(1235)
    // The frame grew to the content; the content did not move.
    const settled = nextFit(first.state, 1234.4, 1235)
    expect(settled.send).toBeUndefined()
    const shorter = nextFit(settled.state, 900, 1235)
    expect(shorter.send).toBe(900)
    expect(nextFit(shorter.state, 120, 900).send).toBe(MIN_FRAME_HEIGHT)
  })

  it('never asks for less than the height the portal first gave the frame', () => {
    // Content shorter than the frame: the frame stays as the portal made it.
    const short = nextFit(start, 300, 700, 700)
    expect(short.send).toBeUndefined()
    const tall = nextFit(short.state, 1500, 700, 700)
    expect(tall.send).toBe(1500)
    expect(nextFit(tall.state, 300, 1500, 700).send).toBe(700)
  })

  it('does not chase content that follows the frame (a scroller capped at 100vh − x)', () => {
    // 200 px above a scroller capped at 100vh − 140: always 60 px taller than the frame.
    const grown = nextFit(start, 760, 700)
    expect(grown.send).toBe(760)
    const chased = nextFit(grown.state, 820, 760)
    expect(chased.send).toBeUndefined()
    // A real change afterwards is still followed.
    expect(nextFit(chased.state, 500, 760).send).toBe(500)
  })
})

describe('useFitFrame', () => {
  let contentHeight = 0
  const resized = new Set<() => void>()

  beforeEach(() => {
    vi.useFakeTimers()
    contentHeight = 0
    resized.clear()
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: () => void) {}
        observe() {
          resized.add(this.callback)
        }
        disconnect() {
          resized.delete(this.callback)
        }
      },
    )
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ height: contentHeight }) as DOMRect,
    )
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  function Fitted({ frame }: { frame: PortalFrame }) {
    const ref = useRef<HTMLDivElement>(null)
    useFitFrame(frame, ref)
    return <div ref={ref} />
  }

  /** The content is now this tall, as a ResizeObserver would report. */
  function grow(height: number) {
    contentHeight = height
    act(() => {
      for (const callback of resized) callback()
    })
  }

  it('asks for the first growth at once, even just after a look that asked nothing', () => {
    const frame = createTestFrame()
    contentHeight = 300
    render(<Fitted frame={frame} />)
    // The loading screen fits the frame the portal gave: nothing is asked.
    act(() => vi.advanceTimersByTime(0))
    expect(frame.fits).toEqual([])

    // The grid arrives a moment later: the frame is asked to grow now, not 200 ms on.
    act(() => vi.advanceTimersByTime(10))
    grow(1200)
    act(() => vi.advanceTimersByTime(0))
    expect(frame.fits).toEqual([1200])
  })

  it('asks at most once per interval while the content keeps changing, the last height last', () => {
    const frame = createTestFrame()
    contentHeight = 1000
    render(<Fitted frame={frame} />)
    act(() => vi.advanceTimersByTime(0))
    expect(frame.fits).toEqual([1000])

    grow(1100)
    grow(1300)
    act(() => vi.advanceTimersByTime(FIT_INTERVAL_MS - 1))
    expect(frame.fits).toEqual([1000])
    act(() => vi.advanceTimersByTime(1))
    expect(frame.fits).toEqual([1000, 1300])
  })
})
