import { describe, expect, it } from 'vitest'
import { readLaunchHints } from './launch-hints'

describe('readLaunchHints', () => {
  it('reads the language and theme the portal put in the address', () => {
    expect(
      readLaunchHints('?DOMAIN=example.bitrix24.de&PROTOCOL=1&LANG=de&APP_SID=abc&theme=dark'),
    ).toEqual({ lang: 'de', theme: 'dark' })
    expect(readLaunchHints('?LANG=pt-BR&theme=Light')).toEqual({ lang: 'pt-BR', theme: 'light' })
  })

  it('ignores what is missing or not a language or theme', () => {
    expect(readLaunchHints('')).toEqual({ lang: undefined, theme: undefined })
    expect(readLaunchHints('?LANG=<script>&theme=purple')).toEqual({
      lang: undefined,
      theme: undefined,
    })
  })
})
