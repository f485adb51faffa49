import type { i18n as I18n } from 'i18next'
import type { PortalError } from '../bitrix/errors'
import { en } from './locales/en'

/**
 * The user's sentence for a PortalError in the app's language: the catalogue's entry for
 * its REST code, else the fallback errors.ts chose for it. A code errors.ts learned since
 * and the catalogues do not know yet keeps errors.ts's English sentence.
 */
export function errorMessage(
  i18n: I18n,
  error: Pick<PortalError, 'code' | 'message'> & { resumesAt?: number | undefined },
): string {
  if (error.resumesAt !== undefined && error.code.toUpperCase() === 'OPERATION_TIME_LIMIT') {
    return i18n.t('pause.resumesAt', { time: resumeTime(error.resumesAt, i18n.language) })
  }
  const key = `errors.${error.code.toUpperCase()}`
  if (i18n.exists(key)) return i18n.t(key as 'errors.fallbackServer')
  for (const fallback of ['fallbackServer', 'fallbackClient'] as const) {
    if (error.message === en.errors[fallback]) return i18n.t(`errors.${fallback}`)
  }
  return error.message
}

/**
 * A resume time as the user reads clocks: "2:35 PM", "14:35"; with the date as well when it
 * falls on another day (a pause of up to 10 minutes may cross midnight).
 */
export function resumeTime(at: number, locale: string, now = Date.now()): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString()
  return new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(at)
}
