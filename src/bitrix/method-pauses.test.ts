import { describe, expect, it } from 'vitest'
import { createManualClock } from '../../portal/model/clock'
import { createMethodPauses, OPERATING_BUCKET_MS, OPERATING_WINDOW_MS } from './method-pauses'

const START = Date.UTC(2025, 0, 15, 9, 0, 0)
const seconds = (ms: number) => ms / 1000

describe('method pauses', () => {
  it('pauses a refused method until the reset its last answer gave, plus a second', () => {
    const clock = createManualClock(START)
    const pauses = createMethodPauses(clock)
    pauses.answered('imconnector.activate', {
      operating: 479,
      operating_reset_at: seconds(START) + 200,
    })
    clock.advance(5_000)
    expect(pauses.pausedUntil('imconnector.activate')).toBeUndefined()

    const until = pauses.refused('imconnector.activate')
    expect(until).toBe(START + 201_000)
    expect(pauses.pausedUntil('IMCONNECTOR.ACTIVATE')).toBe(until)
    // Only that method.
    expect(pauses.pausedUntil('imconnector.status')).toBeUndefined()
    clock.advance(until - clock.now() - 1)
    expect(pauses.pausedUntil('imconnector.activate')).toBe(until)
    clock.advance(1)
    expect(pauses.pausedUntil('imconnector.activate')).toBeUndefined()
  })

  it('without a reset time to go by, pauses for the whole 10-minute window', () => {
    const clock = createManualClock(START)
    const pauses = createMethodPauses(clock)
    expect(pauses.refused('imconnector.status')).toBe(START + OPERATING_WINDOW_MS)
    // A reset time already past says nothing of the block either.
    const other = createMethodPauses(clock)
    other.answered('imconnector.status', { operating_reset_at: seconds(START) - 1 })
    expect(other.refused('imconnector.status')).toBe(START + OPERATING_WINDOW_MS)
    // Nor does an answer without one, or with nonsense.
    other.answered('server.time', { operating_reset_at: 'soon' })
    expect(other.refused('server.time')).toBe(START + OPERATING_WINDOW_MS)
  })

  it('a call refused while the pause runs keeps the pause as it is', () => {
    const clock = createManualClock(START)
    const pauses = createMethodPauses(clock)
    pauses.answered('imconnector.activate', { operating_reset_at: seconds(START) + 60 })
    const until = pauses.refused('imconnector.activate')
    clock.advance(10_000)
    expect(pauses.refused('imconnector.activate')).toBe(until)
  })

  it('refused again after the pause ran out: waits for the next one-minute bucket', () => {
    const clock = createManualClock(START)
    const pauses = createMethodPauses(clock)
    pauses.answered('imconnector.activate', { operating_reset_at: seconds(START) + 60 })
    const until = pauses.refused('imconnector.activate')
    clock.set(until)
    expect(pauses.refused('imconnector.activate')).toBe(until + OPERATING_BUCKET_MS)
  })

  it('an answer of the method ends its pause, and the next refusal starts afresh', () => {
    const clock = createManualClock(START)
    const pauses = createMethodPauses(clock)
    pauses.refused('imconnector.activate')
    pauses.answered('imconnector.activate', { operating_reset_at: seconds(START) + 30 })
    expect(pauses.pausedUntil('imconnector.activate')).toBeUndefined()
    expect(pauses.refused('imconnector.activate')).toBe(START + 31_000)
  })
})
