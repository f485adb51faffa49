import { describe, expect, it } from 'vitest'
import type { BatchOutcome, PortalClient, RestCall } from '../../../bitrix/client'
import { createRowLoader } from './row-loader'

/** A portal that holds every batch until told to answer: every connector is off. */
function heldPortal() {
  const held: { calls: readonly RestCall[]; answer: () => void }[] = []
  const client: PortalClient = {
    call: () => Promise.reject(new Error('not used')),
    batch: (calls) =>
      new Promise<BatchOutcome[]>((resolve) => {
        held.push({
          calls,
          answer: () => resolve(calls.map(() => ({ ok: true, result: { STATUS: false } }))),
        })
      }),
  }
  const linesIn = (index: number) =>
    new Set(held[index]?.calls.map((call) => String(call.params?.LINE)))
  return { client, held, linesIn }
}

const connectors = Array.from({ length: 10 }, (_, i) => `c${i}`)
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/** 20 rows of 40 connectors asked for; rows 1–12 on screen, columns c0–c3 drawn. */
async function twelveRowsOnScreenFourColumnsDrawn() {
  const portal = heldPortal()
  const loader = createRowLoader({ client: portal.client, isVisible: (id) => Number(id) <= 12 })
  const wide = Array.from({ length: 40 }, (_, i) => `c${i}`)
  loader.columnsOnScreen(['c0', 'c1', 'c2', 'c3'])
  for (let line = 1; line <= 20; line += 1) void loader.load(String(line), wide)
  await settle()
  return portal
}

describe('row loader', () => {
  it('sends 50 commands a request, the rows on screen first', async () => {
    const { client, held, linesIn } = heldPortal()
    const onScreen = new Set(['31', '32', '33', '34', '35', '36', '37', '38', '39', '40'])
    const loader = createRowLoader({ client, isVisible: (id) => onScreen.has(id) })
    // 40 lines × 10 connectors: the ten on screen are the last ones asked for.
    for (let line = 1; line <= 40; line += 1) void loader.load(String(line), connectors)
    await settle()

    // The ten rows on screen fill two requests; the background must wait for a free one.
    expect(held).toHaveLength(2)
    expect(held.every((request) => request.calls.length === 50)).toBe(true)
    expect([...linesIn(0), ...linesIn(1)].every((id) => onScreen.has(id))).toBe(true)
  })

  it('keeps rows off screen to two requests in flight', async () => {
    const { client, held } = heldPortal()
    const loader = createRowLoader({ client, isVisible: () => false })
    for (let line = 1; line <= 40; line += 1) void loader.load(String(line), connectors)
    await settle()
    expect(held).toHaveLength(2)
    held[0]?.answer()
    await settle()
    expect(held).toHaveLength(3)
  })

  it('lets rows on screen past the background’s two requests', async () => {
    const { client, held, linesIn } = heldPortal()
    const onScreen = new Set<string>()
    const loader = createRowLoader({ client, isVisible: (id) => onScreen.has(id) })
    for (let line = 1; line <= 40; line += 1) void loader.load(String(line), connectors)
    await settle()
    expect(held).toHaveLength(2)

    // Scrolled: five rows come into view, and a sixth is asked for (which makes the loader
    // look again). They go out at once, while both background requests are still out, and
    // rows off screen fill what they leave of the last request.
    const visible = ['30', '31', '32', '33', '34', '41']
    for (const id of visible) onScreen.add(id)
    void loader.load('41', connectors)
    await settle()
    expect(held).toHaveLength(4)
    expect(held.slice(2).map((request) => request.calls.length)).toEqual([50, 50])
    const sent = [...linesIn(2), ...linesIn(3)]
    expect(visible.every((id) => sent.includes(id))).toBe(true)
    expect(sent.filter((id) => !onScreen.has(id))).toHaveLength(4)
  })

  it('serves lines expected on screen as visible before the grid mounts them', async () => {
    const { client, held } = heldPortal()
    const loader = createRowLoader({ client, isVisible: () => false })
    const top = Array.from({ length: 30 }, (_, i) => String(i + 1))
    loader.expectOnScreen(top)
    for (const id of top) void loader.load(id, connectors)
    await settle()
    // 300 cells: six requests at once, not two.
    expect(held).toHaveLength(6)
  })

  it('resolves a row with every connector’s state, even when it spans two requests', async () => {
    const { client, held } = heldPortal()
    const loader = createRowLoader({ client, isVisible: () => true })
    const wide = Array.from({ length: 70 }, (_, i) => `c${i}`)
    const row = loader.load('7', wide)
    await settle()
    expect(held.map((request) => request.calls.length)).toEqual([50, 20])
    held[0]?.answer()
    let done = false
    void row.then(() => (done = true))
    await settle()
    expect(done).toBe(false)
    held[1]?.answer()
    expect(Object.keys(await row)).toHaveLength(70)
  })

  it('says when the rows on screen are read, before the rows off screen are', async () => {
    const { client, held } = heldPortal()
    const onScreen = new Set(['1', '2', '3', '4', '5'])
    const loader = createRowLoader({ client, isVisible: (id) => onScreen.has(id) })
    for (let line = 1; line <= 20; line += 1) void loader.load(String(line), connectors)
    let read = false
    void loader.whenScreenRead().then(() => (read = true))
    await settle()
    // Five rows on screen: one request; the rows off screen have a request of their own.
    expect(held).toHaveLength(2)
    held[1]?.answer()
    await settle()
    expect(read).toBe(false)
    held[0]?.answer()
    await settle()
    expect(read).toBe(true)
    expect(held.length).toBeGreaterThan(2)
  })

  it('says the screen is read at once when no row on screen waits', async () => {
    const { client } = heldPortal()
    const loader = createRowLoader({ client, isVisible: () => false })
    for (let line = 1; line <= 20; line += 1) void loader.load(String(line), connectors)
    let read = false
    void loader.whenScreenRead().then(() => (read = true))
    await settle()
    expect(read).toBe(true)
  })

  it('counts a row on screen whose read failed as done', async () => {
    const failing: PortalClient = {
      call: () => Promise.reject(new Error('not used')),
      batch: () => Promise.reject(new Error('QUERY_LIMIT_EXCEEDED')),
    }
    const loader = createRowLoader({ client: failing, isVisible: () => true })
    const row = loader.load('1', connectors)
    let read = false
    void loader.whenScreenRead().then(() => (read = true))
    await expect(row).rejects.toThrow('QUERY_LIMIT_EXCEEDED')
    await settle()
    expect(read).toBe(true)
  })

  it('reads the drawn columns of the rows on screen before their other cells', async () => {
    const { held } = await twelveRowsOnScreenFourColumnsDrawn()
    // 12 rows × 4 drawn cells: the first request; the rest of those rows after it.
    const first = held[0]?.calls.map((call) => `${call.params?.LINE}:${call.params?.CONNECTOR}`)
    expect(first?.slice(0, 48)).toEqual(
      Array.from({ length: 12 }, (_, row) =>
        ['c0', 'c1', 'c2', 'c3'].map((id) => `${row + 1}:${id}`),
      ).flat(),
    )
    expect(held.every((request) => request.calls.length === 50)).toBe(true)
  })

  it('holds the other cells of the rows on screen while their drawn cells are out', async () => {
    const { held } = await twelveRowsOnScreenFourColumnsDrawn()
    // The drawn cells and the background's second request; not the six a screen may use.
    expect(held).toHaveLength(2)
    held[0]?.answer()
    await settle()
    expect(held).toHaveLength(7)
  })

  it('sends the next requests once an answer’s drawn cells are drawn', async () => {
    const { client, held } = heldPortal()
    const drawn: (() => void)[] = []
    const loader = createRowLoader({
      client,
      isVisible: (id) => Number(id) <= 12,
      afterDrawn: (send) => drawn.push(send),
    })
    loader.columnsOnScreen(['c0', 'c1', 'c2', 'c3'])
    const wide = Array.from({ length: 40 }, (_, i) => `c${i}`)
    for (let line = 1; line <= 20; line += 1) void loader.load(String(line), wide)
    await settle()
    held[0]?.answer()
    await settle()
    expect(held).toHaveLength(2)
    drawn.shift()?.()
    expect(held).toHaveLength(7)
  })

  it('tells a row on screen its cells after each answer, before the row is complete', async () => {
    const { client, held } = heldPortal()
    const loader = createRowLoader({ client, isVisible: (id) => id === '1' })
    const wide = Array.from({ length: 70 }, (_, i) => `c${i}`)
    const shown: number[] = []
    const hidden: number[] = []
    void loader.load('1', wide, (cells) => shown.push(Object.keys(cells).length))
    void loader.load('2', wide, (cells) => hidden.push(Object.keys(cells).length))
    await settle()
    held[0]?.answer()
    await settle()
    expect(shown).toEqual([50])
    held[1]?.answer()
    await settle()
    expect(shown).toEqual([50, 70])
    // A row off screen is told nothing: it shows once complete.
    for (const request of held.slice(2)) request.answer()
    await settle()
    expect(hidden).toEqual([])
  })
})
