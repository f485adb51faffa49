import { describe, expect, it } from 'vitest'
import type { Structure } from './api/load-structure'
import type { Row } from './api/row-loader'
import { filterView, isFiltering, NO_FILTERS, readsRows, type Filters } from './filter-view'
import type { CellStatus, Connector, Line } from './model'
import { foldText, textMatcher } from './text-match'

const line = (id: string, name: string, active = true): Line => ({ id, name, active })
const connector = (id: string, name: string, builtin = true): Connector => ({ id, name, builtin })

const structure: Structure = {
  lines: [
    line('1', 'Sales'),
    line('2', 'Support'),
    line('3', 'VIP Support'),
    line('4', 'Peña Ventas'),
    line('5', 'Partners', false),
    line('6', 'Großhandel DACH'),
    line('7', ''),
  ],
  connectors: [
    connector('telegrambot', 'Telegram'),
    connector('viber', 'Viber'),
    connector('livechat', 'Live Chat'),
    connector('myshopchat', 'Shop Chat', false),
    connector('smsgateway', 'SMS Gateway', false),
  ],
  connectorAccess: 'granted',
}

const row = (cells: Record<string, CellStatus>): Row =>
  Object.fromEntries(Object.entries(cells).map(([id, status]) => [id, { status }]))

const rows: Record<string, Row> = {
  '1': row({ telegrambot: 'working', viber: 'off', livechat: 'error', myshopchat: 'off' }),
  '2': row({ telegrambot: 'unconfigured', viber: 'working' }),
  '3': row({ telegrambot: 'off', myshopchat: 'error' }),
  '4': row({ telegrambot: 'off' }),
  '5': row({ livechat: 'working' }),
  '6': row({ telegrambot: 'working' }),
  // 7 has not been read yet.
}
rows['2'] = { ...rows['2'], smsgateway: { status: 'unknown', error: { code: 'X', message: 'x' } } }

const context = {
  rowOf: (id: string) => rows[id],
  lineName: (l: Line) => (l.name === '' ? `Open Channel #${l.id}` : l.name),
  locale: 'en',
}

function view(filters: Partial<Filters>) {
  const result = filterView(structure, { ...NO_FILTERS, ...filters }, context)
  return {
    lines: result.lines.map((l) => l.id),
    connectors: result.connectors.map((c) => c.id),
  }
}

const ALL_LINES = ['1', '2', '3', '4', '5', '6', '7']
const ALL_CONNECTORS = ['telegrambot', 'viber', 'livechat', 'myshopchat', 'smsgateway']

describe('folding text for search', () => {
  it('ignores case, accents and surrounding space in the app’s language', () => {
    expect(foldText('  Peña ', 'es')).toBe('pena')
    expect(foldText('GROSSHANDEL', 'de')).toBe(foldText('Großhandel', 'de'))
    expect(foldText('Ёлка', 'ru')).toBe('елка')
    expect(foldText('İstanbul', 'tr')).toBe(foldText('istanbul', 'tr'))
    expect(foldText('ＳＡＬＥＳ', 'en')).toBe('sales')
  })

  it('has no matcher for a blank query, and matches anywhere inside a name', () => {
    expect(textMatcher('   ', 'en')).toBeUndefined()
    const matches = textMatcher('PORT', 'en')
    expect(matches?.('VIP Support')).toBe(true)
    expect(matches?.('Sales')).toBe(false)
  })
})

describe('the filtered view', () => {
  it('is the structure itself when nothing filters', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false)
    expect(isFiltering({ ...NO_FILTERS, search: '  ' })).toBe(false)
    expect(filterView(structure, NO_FILTERS, context)).toBe(structure)
  })

  it('search: matching lines stay as rows, every connector stays', () => {
    expect(view({ search: 'support' })).toEqual({
      lines: ['2', '3'],
      connectors: ALL_CONNECTORS,
    })
  })

  it('search: matching connectors stay as columns, every line stays', () => {
    expect(view({ search: 'chat' })).toEqual({
      lines: ALL_LINES,
      connectors: ['livechat', 'myshopchat'],
    })
  })

  it('search: a text in both line and connector names narrows both', () => {
    expect(view({ search: 'sales' })).toEqual({ lines: ['1'], connectors: ALL_CONNECTORS })
    expect(view({ search: 'SMS' })).toEqual({ lines: ALL_LINES, connectors: ['smsgateway'] })
    // "v" is in VIP Support and Peña Ventas, in Viber and Live Chat.
    expect(view({ search: 'v' })).toEqual({
      lines: ['3', '4'],
      connectors: ['viber', 'livechat'],
    })
  })

  it('search: accents, case, ß and spaces do not matter', () => {
    expect(view({ search: '  PENA ' }).lines).toEqual(['4'])
    expect(view({ search: 'grosshandel' }).lines).toEqual(['6'])
    expect(view({ search: 'TÉLÉGRAM' }).connectors).toEqual(['telegrambot'])
  })

  it('search: finds an unnamed line by the name the grid shows for it', () => {
    expect(view({ search: 'channel #7' }).lines).toEqual(['7'])
  })

  it('search: a text that matches nothing leaves nothing', () => {
    expect(view({ search: 'zzz' })).toEqual({ lines: [], connectors: [] })
  })

  it('only active lines', () => {
    expect(view({ activeOnly: true })).toEqual({
      lines: ['1', '2', '3', '4', '6', '7'],
      connectors: ALL_CONNECTORS,
    })
  })

  it('only lines with problems (error or setup incomplete); unread rows are left out', () => {
    expect(readsRows({ ...NO_FILTERS, problemsOnly: true })).toBe(true)
    // An unknown cell (could not be read) is not a problem of the line's.
    expect(view({ problemsOnly: true })).toEqual({
      lines: ['1', '2', '3'],
      connectors: ALL_CONNECTORS,
    })
  })

  it('only connectors in use among the lines shown', () => {
    expect(view({ inUseOnly: true }).connectors).toEqual([
      'telegrambot',
      'viber',
      'livechat',
      'myshopchat',
    ])
    expect(view({ inUseOnly: true, search: 'sales' }).connectors).toEqual([
      'telegrambot',
      'livechat',
    ])
  })

  it('connector kind: REST only or built-in only', () => {
    expect(isFiltering({ ...NO_FILTERS, kind: 'rest' })).toBe(true)
    expect(readsRows({ ...NO_FILTERS, kind: 'rest' })).toBe(false)
    expect(view({ kind: 'rest' })).toEqual({
      lines: ALL_LINES,
      connectors: ['myshopchat', 'smsgateway'],
    })
    expect(view({ kind: 'builtin' }).connectors).toEqual(['telegrambot', 'viber', 'livechat'])
  })

  it('combined: problems counted only in the columns the kind leaves', () => {
    expect(view({ kind: 'rest', problemsOnly: true })).toEqual({
      lines: ['3'],
      connectors: ['myshopchat', 'smsgateway'],
    })
    expect(view({ kind: 'rest', problemsOnly: true, inUseOnly: true })).toEqual({
      lines: ['3'],
      connectors: ['myshopchat'],
    })
  })

  it('combined: a search for a line the other filters hide shows nothing', () => {
    expect(view({ search: 'partners', activeOnly: true })).toEqual({
      lines: [],
      connectors: ALL_CONNECTORS,
    })
    expect(view({ search: 'viber', kind: 'rest' })).toEqual({ lines: ALL_LINES, connectors: [] })
  })

  it('combined: active lines with problems on built-in connectors in use', () => {
    expect(
      view({ activeOnly: true, problemsOnly: true, inUseOnly: true, kind: 'builtin' }),
    ).toEqual({ lines: ['1', '2'], connectors: ['telegrambot', 'viber', 'livechat'] })
  })
})
