import { describe, expect, it } from 'vitest'
import { PortalError } from '../bitrix/errors'
import { errorMessage, resumeTime } from './error-message'
import { createI18n, languageTag, shippedLanguage, SHIPPED_LANGUAGES } from './index'
import { de } from './locales/de'
import { en, type Catalogue } from './locales/en'
import { es } from './locales/es'
import { ptBR } from './locales/pt-BR'
import { ru } from './locales/ru'
import { activity as deActivity } from './locales/activity/de'
import { activity as enActivity } from './locales/activity/en'
import { activity as esActivity } from './locales/activity/es'
import { activity as ptBRActivity } from './locales/activity/pt-BR'
import { activity as ruActivity } from './locales/activity/ru'

/** A catalogue with the Activity panel's words, as the app has it once the panel loaded. */
function withActivity(catalogue: Catalogue, panel: Catalogue): Catalogue {
  return { ...catalogue, activity: { ...catalogue.activity, ...panel.activity } }
}

const CATALOGUES: Record<(typeof SHIPPED_LANGUAGES)[number], Catalogue> = {
  en: withActivity(en, enActivity),
  ru: withActivity(ru, ruActivity),
  de: withActivity(de, deActivity),
  es: withActivity(es, esActivity),
  'pt-BR': withActivity(ptBR, ptBRActivity),
}
const PLURAL = /_(zero|one|two|few|many|other)$/

/** `section.key` → value, with plural forms grouped under their base key. */
function shape(catalogue: Catalogue) {
  const keys = new Map<string, string>()
  const plurals = new Map<string, Set<string>>()
  for (const [section, entries] of Object.entries(catalogue)) {
    for (const [key, value] of Object.entries(entries)) {
      const form = PLURAL.exec(key)
      if (form) {
        const base = `${section}.${key.slice(0, form.index)}`
        const forms = plurals.get(base) ?? new Set()
        forms.add(form[1] ?? '')
        plurals.set(base, forms)
        keys.set(`${base}_${form[1]}`, value)
      } else {
        keys.set(`${section}.${key}`, value)
      }
    }
  }
  return { keys, plurals }
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
const english = shape(CATALOGUES.en)

describe.each(SHIPPED_LANGUAGES)('the %s catalogue', (language) => {
  const catalogue = CATALOGUES[language]
  const own = shape(catalogue)
  const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories)

  it('has every key of the English catalogue and no other', () => {
    const singular = (map: Map<string, string>) => [...map.keys()].filter((k) => !PLURAL.test(k))
    expect(singular(own.keys).sort()).toEqual(singular(english.keys).sort())
    expect([...own.plurals.keys()].sort()).toEqual([...english.plurals.keys()].sort())
  })

  it('has exactly the plural forms the language uses', () => {
    for (const [base, forms] of own.plurals) {
      expect({ base, forms: [...forms].sort() }).toEqual({ base, forms: [...categories].sort() })
    }
  })

  it('fills every entry, with the same placeholders as English', () => {
    for (const [key, value] of own.keys) {
      expect(value.trim(), key).not.toBe('')
      const englishKey = english.keys.has(key) ? key : key.replace(PLURAL, '_other')
      expect({ key, vars: variables(value) }).toEqual({
        key,
        vars: variables(english.keys.get(englishKey) ?? ''),
      })
    }
  })
})

describe('English error sentences', () => {
  it('are the ones errors.ts gives each REST code', () => {
    for (const [code, sentence] of Object.entries(en.errors)) {
      if (code.startsWith('fallback')) continue
      expect({ code, message: new PortalError({ code, status: 400 }).message }).toEqual({
        code,
        message: sentence,
      })
    }
    expect(new PortalError({ code: 'SOMETHING_NEW', status: 503 }).message).toBe(
      en.errors.fallbackServer,
    )
    expect(new PortalError({ code: 'SOMETHING_NEW', status: 400 }).message).toBe(
      en.errors.fallbackClient,
    )
  })

  it('are translated by code, fallbacks included', () => {
    const i18n = createI18n('ru', ru)
    expect(errorMessage(i18n, new PortalError({ code: 'access_denied', status: 403 }))).toBe(
      ru.errors?.ACCESS_DENIED,
    )
    expect(errorMessage(i18n, new PortalError({ code: 'SOMETHING_NEW', status: 502 }))).toBe(
      ru.errors?.fallbackServer,
    )
    // A code errors.ts knows and the catalogues do not: its own sentence, not a wrong one.
    expect(errorMessage(i18n, { code: 'BRAND_NEW', message: 'Brand new sentence.' })).toBe(
      'Brand new sentence.',
    )
  })
})

describe('the time a paused method resumes', () => {
  const at = new Date(2025, 0, 15, 14, 35).getTime()
  const sameDay = new Date(2025, 0, 15, 14, 26).getTime()

  it.each([
    ['en', 'en', /^2:35\sPM$/],
    ['ru', 'ru', /^14:35$/],
    ['de', 'de', /^14:35$/],
    ['la', 'es', /^14:35$/],
    ['br', 'pt-BR', /^14:35$/],
  ] as const)('is told in %s as the clock time in that language', (bitrix, language, clock) => {
    // ICU puts a narrow or a plain space before AM/PM, by version.
    expect(resumeTime(at, language, sameDay)).toMatch(clock)
    const i18n = createI18n(bitrix, CATALOGUES[language])
    const error = new PortalError({ code: 'OPERATION_TIME_LIMIT', status: 429, resumesAt: at })
    const sentence = errorMessage(i18n, error)
    expect(sentence).toBe(i18n.t('pause.resumesAt', { time: resumeTime(at, i18n.language) }))
    expect(sentence).toContain(resumeTime(at, i18n.language))
    expect(sentence).not.toBe(errorMessage(i18n, { code: error.code, message: error.message }))
  })

  it('carries the date when it falls on another day', () => {
    const afterMidnight = new Date(2025, 0, 16, 0, 5).getTime()
    expect(resumeTime(afterMidnight, 'en', new Date(2025, 0, 15, 23, 58).getTime())).toMatch(
      /^Jan 16, 2025, 12:05\sAM$/,
    )
  })
})

describe('portal languages', () => {
  it.each([
    ['en', 'en', 'en'],
    ['ru', 'ru', 'ru'],
    ['de', 'de', 'de'],
    ['la', 'es', 'es'],
    ['br', 'pt-BR', 'pt-BR'],
    ['ua', 'uk', 'en'],
    ['sc', 'zh-Hans', 'en'],
    ['tc', 'zh-Hant', 'en'],
    ['vn', 'vi', 'en'],
    ['kz', 'kk', 'en'],
    ['in', 'en-IN', 'en'],
    ['', 'en', 'en'],
    ['not a language!', 'en', 'en'],
  ])('Bitrix24 %j is %s, shown in %s', (bitrix, tag, shipped) => {
    expect(languageTag(bitrix)).toBe(tag)
    expect(shippedLanguage(languageTag(bitrix))).toBe(shipped)
  })

  it('plural and number forms follow the language', () => {
    const i18n = createI18n('ru', ru)
    const format = new Intl.NumberFormat('ru')
    const lines = (count: number) => i18n.t('toolbar.lines', { count, n: format.format(count) })
    expect([1, 3, 5, 21].map(lines)).toEqual([
      '1 открытая линия',
      '3 открытые линии',
      '5 открытых линий',
      '21 открытая линия',
    ])
    // Russian groups thousands with a (non-breaking) space.
    expect(lines(1234)).toBe(`1\u00a0234 открытые линии`)
  })

  it('a language without a catalogue speaks English', () => {
    expect(createI18n('ua').t('grid.corner')).toBe('Open Channel')
    expect(createI18n('in').t('toolbar.lines', { count: 1, n: '1' })).toBe('1 Open Channel')
  })
})
