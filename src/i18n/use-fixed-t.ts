import type { i18n as I18n, TFunction } from 'i18next'
import { useContext } from 'react'
import { getI18n, I18nContext } from 'react-i18next'

const fixedTs = new WeakMap<I18n, TFunction>()

/**
 * `t` and `i18n` for components drawn by the hundred (the grid's cells and rows).
 * useTranslation copies the i18n instance into a wrapper for every component that mounts,
 * about a tenth of a millisecond each: a screenful of cells cost 25 ms before the first
 * rows could ask for their states, and every scroll paid again. The language is fixed for
 * the life of the frame (the portal reloads the app to change it), so nothing here needs
 * useTranslation's re-render on a language change.
 */
export function useFixedT(): { t: TFunction; i18n: I18n } {
  // As useTranslation: the provider's instance, else the one react-i18next was set up with.
  const i18n = (useContext(I18nContext) as { i18n?: I18n } | undefined)?.i18n ?? getI18n()
  let t = fixedTs.get(i18n)
  if (!t) {
    t = i18n.getFixedT(null, 'translation')
    fixedTs.set(i18n, t)
  }
  return { t, i18n }
}
