import { describe, expect, it } from 'vitest'
import { setupPortal } from '../testing.ts'

const LIST = 'imopenlines.config.list.get'

describe('imopenlines.config.list.get', () => {
  it('returns a plain array of string-valued configs, no next/total', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const res = await t.call(LIST)
    expect(res.status).toBe(200)
    expect(Array.isArray(res.body.result)).toBe(true)
    expect(res.body).not.toHaveProperty('next')
    expect(res.body).not.toHaveProperty('total')
    const lines = res.body.result as Record<string, unknown>[]
    expect(lines).toHaveLength(8)
    expect(lines[2]).toMatchObject({ ID: '3', LINE_NAME: 'VIP Support', ACTIVE: 'Y' })
    expect(lines[4]).toMatchObject({ ID: '5', LINE_NAME: 'Partners', ACTIVE: 'N' })
    expect(Object.keys(lines[0] ?? {}).length).toBeGreaterThan(60)
    for (const value of Object.values(lines[0] ?? {})) expect(typeof value).toBe('string')
  })

  it('selects only the asked fields', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const res = await t.call(LIST, { PARAMS: { select: ['ID', 'LINE_NAME', 'ACTIVE'] } })
    expect((res.body.result as unknown[])[0]).toEqual({ ID: '1', LINE_NAME: 'Sales', ACTIVE: 'Y' })
  })

  it('pages with limit/offset (default 50, capped at 200)', async () => {
    const t = setupPortal({ scenario: { scenario: 'large', lines: 260, connectors: 2 } })
    const select = ['ID']
    const first = (await t.call(LIST, { PARAMS: { select } })).body.result as { ID: string }[]
    expect(first).toHaveLength(50)
    const capped = (await t.call(LIST, { PARAMS: { select, limit: 500 } })).body.result as unknown[]
    expect(capped).toHaveLength(200)
    const last = (await t.call(LIST, { PARAMS: { select, limit: '200', offset: '200' } })).body
      .result as { ID: string }[]
    expect(last).toHaveLength(60)
    expect(last[0]?.ID).toBe('201')
    expect(last.at(-1)?.ID).toBe('260')
    const beyond = (await t.call(LIST, { PARAMS: { offset: 1000 } })).body.result
    expect(beyond).toEqual([])
  })

  it('filters and orders', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const inactive = await t.call(LIST, {
      PARAMS: { select: ['ID'], filter: { ACTIVE: 'N' }, order: { ID: 'DESC' } },
    })
    expect(inactive.body.result).toEqual([{ ID: '7' }, { ID: '5' }])
    const byName = await t.call(LIST, {
      PARAMS: {
        select: ['LINE_NAME'],
        filter: { '%LINE_NAME': 'support' },
        order: { LINE_NAME: 'asc' },
      },
    })
    expect(byName.body.result).toEqual([{ LINE_NAME: 'Support' }, { LINE_NAME: 'VIP Support' }])
  })

  it.each([
    [{ PARAMS: { select: 'ID' } }, "A wrong format for the PARAMS field 'select' is passed"],
    [{ PARAMS: { order: 'ID' } }, "A wrong format for the PARAMS field 'order' is passed"],
    [{ PARAMS: { order: { ID: 'up' } } }, "A wrong format for the PARAMS field 'order' is passed"],
    [{ PARAMS: { filter: 'x' } }, "A wrong format for the PARAMS field 'filter' is passed"],
    [{ PARAMS: { limit: -1 } }, "A non-negative integer is expected in the PARAMS field 'limit'"],
    [
      { PARAMS: { limit: 'ten' } },
      "A non-negative integer is expected in the PARAMS field 'limit'",
    ],
    [
      { PARAMS: { offset: 1.5 } },
      "A non-negative integer is expected in the PARAMS field 'offset'",
    ],
    [
      { OPTIONS: { QUEUE: 'Y', FOO: 1, bar: 2 } },
      'Unsupported OPTIONS fields are passed: FOO, BAR',
    ],
  ])('answers INVALID_FORMAT for %j', async (params, description) => {
    const t = setupPortal()
    const res = await t.call(LIST, params)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ error: 'INVALID_FORMAT', error_description: description })
  })

  it('adds the queue with OPTIONS and filters by CHECK_PERMISSION', async () => {
    const t = setupPortal({ scenario: { scenario: 'readonly' } })
    const withQueue = await t.call(LIST, {
      PARAMS: { select: ['ID'], limit: 1 },
      OPTIONS: { QUEUE: 'Y', CONFIG_QUEUE: 'Y' },
    })
    expect(withQueue.body.result).toEqual([
      {
        ID: '1',
        QUEUE: [1],
        QUEUE_USERS_FIELDS: {
          '1': {
            USER_NAME: 'Anna Schmidt',
            USER_WORK_POSITION: null,
            USER_AVATAR: '',
            USER_AVATAR_ID: null,
          },
        },
        CONFIG_QUEUE: [{ ENTITY_ID: '1', ENTITY_TYPE: 'user' }],
      },
    ])
    const modify = await t.call(LIST, { OPTIONS: { CHECK_PERMISSION: 'MODIFY' } })
    expect(modify.body.result).toEqual([])
    const view = await t.call(LIST, { OPTIONS: { CHECK_PERMISSION: 'VIEW' } })
    expect(view.body.result).toHaveLength(8)
  })
})

describe('imopenlines.config.get', () => {
  it('returns one line by CONFIG_ID', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    const res = await t.call('imopenlines.config.get', { CONFIG_ID: '6' })
    expect(res.body.result).toMatchObject({ ID: '6', LINE_NAME: 'Night shift', ACTIVE: 'Y' })
  })

  it('answers 400 for a missing or unknown line', async () => {
    const t = setupPortal({ scenario: { scenario: 'demo' } })
    expect((await t.call('imopenlines.config.get', {})).body).toEqual({
      error: 'CONFIG_ID_EMPTY',
      error_description: 'Config ID can`t be empty',
    })
    const missing = await t.call('imopenlines.config.get', { CONFIG_ID: 999 })
    expect([missing.status, missing.body.error]).toEqual([400, 'CONFIG_NOT_FOUND'])
  })
})
