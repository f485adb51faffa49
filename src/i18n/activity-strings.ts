import type { i18n as I18n } from 'i18next'
import { shippedLanguage, type ShippedLanguage } from './languages'
import type { ActivityCatalogue } from './locales/activity/en'

// The Activity panel's words load with the panel, not in the first screen's bundle (whose
// budget the English catalogue already fills); each locale file keeps only the button's.

const loaders: Record<ShippedLanguage, () => Promise<ActivityCatalogue>> = {
  en: () => import('./locales/activity/en').then((module) => module.activity),
  ru: () => import('./locales/activity/ru').then((module) => module.activity),
  de: () => import('./locales/activity/de').then((module) => module.activity),
  es: () => import('./locales/activity/es').then((module) => module.activity),
  'pt-BR': () => import('./locales/activity/pt-BR').then((module) => module.activity),
}

const loaded = new WeakMap<I18n, Promise<void>>()

/** Adds the panel's words to an i18n instance, once: English (the fallback) and its language. */
export function loadActivityStrings(i18n: I18n): Promise<void> {
  let found = loaded.get(i18n)
  if (!found) {
    const add = async (language: ShippedLanguage) => {
      i18n.addResourceBundle(language, 'translation', await loaders[language](), true, false)
    }
    const language = shippedLanguage(i18n.language)
    // Without its own language's words the panel still speaks English, as the app does.
    found = Promise.all([
      add('en'),
      language === 'en' ? null : add(language).catch(() => null),
    ]).then(() => undefined)
    loaded.set(i18n, found)
  }
  return found
}
