import { describe, expect, it } from 'vitest'
import { activityCsv, csvField, type CsvHeaders } from './activity-csv'
import type { ActivityEntry } from './stores/activity-log'

const HEADERS: CsvHeaders = {
  time: 'Time',
  user: 'User',
  action: 'Action',
  line: 'Open Channel',
  connector: 'Connector',
  result: 'Result',
  code: 'Error code',
  message: 'Message',
}

const USER = { id: '7', name: 'Анна', lastName: 'Петрова' }

describe('a CSV field', () => {
  it('is left alone when plain', () => {
    expect(csvField('Sales')).toBe('Sales')
  })

  it('is quoted, quotes doubled, when it holds a quote, comma or line break (RFC 4180)', () => {
    expect(csvField('Sales, "north"')).toBe('"Sales, ""north"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\r')).toBe('"cr\r"')
  })

  it.each(['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])(
    'cannot run as a formula: %j',
    (value) => {
      const field = csvField(value)
      expect(field.replace(/^"/, '').startsWith("'")).toBe(true)
    },
  )

  it('defuses and quotes together', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`)
  })
})

describe('the activity CSV', () => {
  const entries: ActivityEntry[] = [
    {
      id: 'b',
      at: new Date(2025, 4, 1, 14, 3, 7).getTime(),
      user: USER,
      action: 'off',
      items: [
        {
          lineId: '1',
          lineName: 'Продажи',
          connectorId: 'viber',
          connectorName: 'Viber',
          result: 'failed',
          code: 'ACCESS_DENIED',
          message: 'You do not have the right, "really".',
        },
        {
          lineId: '2',
          lineName: '=cmd|calc',
          connectorId: 'viber',
          connectorName: 'Viber',
          result: 'done',
        },
      ],
    },
    {
      id: 'a',
      at: new Date(2025, 4, 1, 9, 0, 0).getTime(),
      user: { id: '8', name: '', lastName: '' },
      action: 'on',
      items: [
        {
          lineId: '1',
          lineName: 'Sales',
          connectorId: 'telegrambot',
          connectorName: 'Telegram',
          result: 'skipped',
        },
      ],
    },
  ]
  const csv = activityCsv(entries, HEADERS)

  it('starts with a UTF-8 byte order mark, so Excel reads Cyrillic', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('has a header and one CRLF-ended row per item, in the order given', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Time,User,Action,Open Channel,Connector,Result,Error code,Message',
      '2025-05-01 14:03:07,Анна Петрова,off,Продажи,Viber,failed,ACCESS_DENIED,"You do not have the right, ""really""."',
      `2025-05-01 14:03:07,Анна Петрова,off,'=cmd|calc,Viber,done,,`,
      '2025-05-01 09:00:00,8,on,Sales,Telegram,skipped,,',
      '',
    ])
  })
})
