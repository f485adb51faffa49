import { describe, expect, it } from 'vitest'
import { MIN_FRAME_HEIGHT, nextFit, type FitState } from './fit-frame'

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
