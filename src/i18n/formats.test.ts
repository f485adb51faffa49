import { describe, expect, it } from 'vitest'
import { formatsFor } from './formats'

describe('formats', () => {
  it('writes numbers as the language does', () => {
    expect(formatsFor('en').number(15000)).toBe('15,000')
    expect(formatsFor('de').number(15000)).toBe('15.000')
  })

  it('keeps one set per language, so a number on every row makes no formatter', () => {
    expect(formatsFor('ru')).toBe(formatsFor('ru'))
    expect(formatsFor('ru')).not.toBe(formatsFor('es'))
  })

  it('writes a time to the second and a day with its time', () => {
    // In the browser's time zone, as the toolbar shows it.
    const at = new Date(2026, 11, 3, 14, 5, 9).getTime()
    expect(formatsFor('en-GB').time(at)).toBe('14:05:09')
    expect(formatsFor('en-GB').day(at)).toBe('3 Dec 2026, 14:05')
  })
})
