import { describe, expect, it } from 'vitest'
import { createWriteBehind } from './write-behind.ts'

function setup() {
  let time = 0
  const writes = createWriteBehind({ now: () => time, quietMs: 1_000, maxDelayMs: 10_000 })
  return { writes, advance: (ms: number) => (time += ms) }
}

describe('write-behind', () => {
  it('writes at once when no request came', () => {
    expect(setup().writes.due()).toBe(true)
  })

  it('waits for a pause in the requests', () => {
    const { writes, advance } = setup()
    writes.requested()
    advance(999)
    expect(writes.due()).toBe(false)
    advance(1)
    expect(writes.due()).toBe(true)
  })

  it('writes after the longest delay while requests never pause', () => {
    const { writes, advance } = setup()
    const seen: boolean[] = []
    // A client paced at two requests a second, as the portal's limit allows.
    for (let t = 0; t < 20_000; t += 500) {
      writes.requested()
      advance(500)
      const due = writes.due()
      seen.push(due)
      if (due) writes.wrote()
    }
    expect(seen.filter(Boolean)).toHaveLength(2)
    expect(seen.indexOf(true)).toBe(19)
  })
})
