import { formatsFor } from '../../i18n/formats'

/**
 * "When" in the app's language: relative within the last hour ("5 minutes ago"), which is
 * what matters while undo is possible, then the date and time.
 */
export function whenFormatter(locale: string): (at: number, now: number) => string {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const { day } = formatsFor(locale)
  return (at, now) => {
    // An entry newer than the last tick of `now` is "this minute", never "in 1 minute".
    const minutes = Math.max(0, Math.floor((now - at) / 60_000))
    return minutes < 60 ? relative.format(-minutes, 'minute') : day(at)
  }
}
