import i18next, { type i18n as I18n } from 'i18next'
import { appLocale, shippedLanguage, type ShippedLanguage } from './languages'
import { en, type Catalogue } from './locales/en'

// One i18n layer for the whole app: i18next instances (one per app, so tests and
// the app never share a language) read through react-i18next's useTranslation().
// English is in the first bundle; the other catalogues load with the portal's language.

export { appLocale, languageTag, shippedLanguage, SHIPPED_LANGUAGES } from './languages'
export type { ShippedLanguage } from './languages'

const loaders: Record<Exclude<ShippedLanguage, 'en'>, () => Promise<Catalogue>> = {
  ru: () => import('./locales/ru').then((module) => module.ru),
  de: () => import('./locales/de').then((module) => module.de),
  es: () => import('./locales/es').then((module) => module.es),
  'pt-BR': () => import('./locales/pt-BR').then((module) => module.ptBR),
}

/** The catalogue of a shipped language (English at once, the others lazily). */
export function loadCatalogue(language: ShippedLanguage): Promise<Catalogue> {
  return language === 'en' ? Promise.resolve(en) : loaders[language]()
}

/**
 * A ready i18next instance for a Bitrix24 language code, synchronously. `catalogue` is
 * that language's catalogue (see loadCatalogue); without it the app speaks English.
 */
export function createI18n(bitrixLang: string, catalogue?: Catalogue): I18n {
  const locale = appLocale(bitrixLang)
  const language = shippedLanguage(locale)
  const useCatalogue = language !== 'en' && catalogue !== undefined
  const instance = i18next.createInstance()
  void instance.init({
    lng: useCatalogue || language === 'en' ? locale : 'en',
    fallbackLng: 'en',
    resources: {
      en: { translation: en },
      ...(useCatalogue ? { [language]: { translation: catalogue } } : {}),
    },
    // React escapes what it renders; names from the portal are never HTML here.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  return instance
}

let english: I18n | undefined

/** One shared English instance, for what renders without the app's (or before it). */
export function englishI18n(): I18n {
  english ??= createI18n('en')
  return english
}

/** createI18n for a Bitrix24 language code, with its catalogue loaded first. */
export async function loadI18n(bitrixLang: string): Promise<I18n> {
  const language = shippedLanguage(appLocale(bitrixLang))
  try {
    return createI18n(bitrixLang, await loadCatalogue(language))
  } catch (error) {
    // A catalogue that cannot load (a deploy replaced the chunks) leaves the app usable.
    console.warn('Could not load the interface language, using English:', error)
    return createI18n('en')
  }
}

/** The locale of an instance, for Intl formatting. */
export function localeOf(instance: I18n): string {
  return instance.language || 'en'
}
