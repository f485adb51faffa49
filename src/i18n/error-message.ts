import type { i18n as I18n } from 'i18next'
import type { PortalError } from '../bitrix/errors'
import { en } from './locales/en'

/**
 * The user's sentence for a PortalError in the app's language: the catalogue's entry for
 * its REST code, else the fallback errors.ts chose for it. A code errors.ts learned since
 * and the catalogues do not know yet keeps errors.ts's English sentence.
 */
export function errorMessage(i18n: I18n, error: Pick<PortalError, 'code' | 'message'>): string {
  const key = `errors.${error.code.toUpperCase()}`
  if (i18n.exists(key)) return i18n.t(key as 'errors.fallbackServer')
  for (const fallback of ['fallbackServer', 'fallbackClient'] as const) {
    if (error.message === en.errors[fallback]) return i18n.t(`errors.${fallback}`)
  }
  return error.message
}
