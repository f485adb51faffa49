import { describe, expect, it } from 'vitest'
import { parseConnectors, parseLines, parseStatus } from './model'

describe('parseLines', () => {
  it('reads the array Bitrix24 sends, values as strings', () => {
    expect(
      parseLines([
        { ID: '1', LINE_NAME: 'Sales', ACTIVE: 'Y' },
        { ID: '2', LINE_NAME: 'Partners', ACTIVE: 'N' },
      ]),
    ).toEqual([
      { id: '1', name: 'Sales', active: true },
      { id: '2', name: 'Partners', active: false },
    ])
  })

  it('accepts an object keyed by line id, and numeric ids', () => {
    expect(parseLines({ 15: { ID: 15, LINE_NAME: 'VIP', ACTIVE: 'Y' } })).toEqual([
      { id: '15', name: 'VIP', active: true },
    ])
  })

  it('skips entries without an id and keeps odd names as text', () => {
    expect(
      parseLines([null, 'x', { LINE_NAME: 'no id' }, { ID: '3', LINE_NAME: { html: '<b>' } }]),
    ).toEqual([{ id: '3', name: '', active: true }])
    expect(parseLines([{ ID: 4, LINE_NAME: '  ' }, { ID: '5' }]).map((line) => line.name)).toEqual([
      '',
      '',
    ])
    expect(parseLines('<html>')).toEqual([])
    expect(parseLines(null)).toEqual([])
  })
})

describe('parseConnectors', () => {
  it('turns the id → name map into connectors, marking the built-in ones', () => {
    expect(parseConnectors({ telegrambot: 'Telegram', myconnector: 'My Connector' })).toEqual([
      { id: 'telegrambot', name: 'Telegram', builtin: true },
      { id: 'myconnector', name: 'My Connector', builtin: false },
    ])
  })

  it('reads the empty map PHP serialises as [] and names nobody gave', () => {
    expect(parseConnectors([])).toEqual([])
    expect(parseConnectors({ odd: null, ' ': 'blank id' })).toEqual([
      { id: 'odd', name: 'odd', builtin: false },
    ])
  })
})

describe('parseStatus', () => {
  it.each([
    [{ ERROR: false, CONFIGURED: true, STATUS: true }, 'working'],
    [{ ERROR: true, CONFIGURED: true, STATUS: false }, 'error'],
    [{ ERROR: true, CONFIGURED: false, STATUS: false }, 'unconfigured'],
    [{ ERROR: false, CONFIGURED: false, STATUS: false }, 'off'],
    // Older portals answer "Y"/"N" strings.
    [{ ERROR: 'N', CONFIGURED: 'Y', STATUS: 'Y' }, 'working'],
  ])('%o is %s', (result, status) => {
    expect(parseStatus(result)).toEqual({ status })
  })

  it('does not call a contradictory answer working', () => {
    expect(parseStatus({ ERROR: true, CONFIGURED: true, STATUS: true })).toEqual({
      status: 'error',
    })
  })

  it('refuses what is not a status at all', () => {
    expect(parseStatus(true)).toBeUndefined()
    expect(parseStatus([])).toBeUndefined()
    expect(parseStatus({ LINE: 1 })).toBeUndefined()
  })
})
