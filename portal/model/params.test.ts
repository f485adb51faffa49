import { describe, expect, it } from 'vitest'
import { parseCommand, phpEmpty, phpIntval } from './params.ts'

describe('PHP semantics', () => {
  it.each([[''], ['0'], [0], [false], [null], [undefined], [[]], [{}]])(
    'empty(%j) is true',
    (v) => {
      expect(phpEmpty(v)).toBe(true)
    },
  )
  it.each([['N'], ['1'], [1], [true], ['0.0'], [' '], [[0]], ['false']])(
    'empty(%j) is false',
    (v) => {
      expect(phpEmpty(v)).toBe(false)
    },
  )
  it('(int) reads the leading integer', () => {
    expect([
      phpIntval('12abc'),
      phpIntval('abc'),
      phpIntval(3.9),
      phpIntval(null),
      phpIntval(' 7'),
    ]).toEqual([12, 0, 3, 0, 7])
  })
  it('parses batch commands like PHP, strips tokens, keeps long lists as lists', () => {
    const select = Array.from({ length: 30 }, (_, i) => `select[${i}]=F${i}`).join('&')
    const parsed = parseCommand(`IMOPENLINES.config.list.get?auth=abc&PARAMS[limit]=5&${select}`)
    expect(parsed.method).toBe('imopenlines.config.list.get')
    expect(parsed.params.auth).toBeUndefined()
    expect(parsed.params.PARAMS).toEqual({ limit: '5' })
    expect(Array.isArray(parsed.params.select)).toBe(true)
    expect((parsed.params.select as unknown[]).length).toBe(30)
    expect(parseCommand(42)).toEqual({ method: '', params: {} })
  })
})
