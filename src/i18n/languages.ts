// Bitrix24 language codes (what `getLang()` returns) and the languages the app ships.

/** Bitrix24's own codes that are not BCP 47 tags; any other code is taken as one. */
const BITRIX_TO_BCP47: Readonly<Record<string, string>> = {
  la: 'es',
  br: 'pt-BR',
  ua: 'uk',
  sc: 'zh-Hans',
  tc: 'zh-Hant',
  vn: 'vi',
  kz: 'kk',
  in: 'en-IN',
  by: 'be',
  hi: 'hi',
  ms: 'ms',
  ja: 'ja',
}

/** The languages with a complete catalogue; English is the fallback. */
export const SHIPPED_LANGUAGES = ['en', 'ru', 'de', 'es', 'pt-BR'] as const
export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number]

/** The BCP 47 tag of a Bitrix24 language code (`la` → `es`, `br` → `pt-BR`…). */
export function languageTag(bitrixLang: string): string {
  const code = bitrixLang.trim().toLowerCase()
  if (code === '') return 'en'
  const mapped = BITRIX_TO_BCP47[code]
  if (mapped) return mapped
  try {
    return Intl.getCanonicalLocales(bitrixLang.trim())[0] ?? 'en'
  } catch {
    return 'en'
  }
}

/** The shipped catalogue for a BCP 47 tag: the tag itself, its base language, else English. */
export function shippedLanguage(tag: string): ShippedLanguage {
  const exact = SHIPPED_LANGUAGES.find((shipped) => shipped.toLowerCase() === tag.toLowerCase())
  if (exact) return exact
  const base = tag.split('-')[0]?.toLowerCase()
  if (base === 'pt') return 'pt-BR'
  return SHIPPED_LANGUAGES.find((shipped) => shipped === base) ?? 'en'
}

/**
 * The locale the app speaks and formats numbers and times in: the portal's own tag when
 * its language is shipped (`en-IN` keeps Indian digit grouping), else the shipped one.
 */
export function appLocale(bitrixLang: string): string {
  const tag = languageTag(bitrixLang)
  const shipped = shippedLanguage(tag)
  return shipped === 'en' && tag.split('-')[0] === 'en' ? tag : shipped
}
