/** Numbers, times and dates in one locale, as the app shows them. */
export interface Formats {
  number: (value: number) => string
  /** A time of day, to the second ("14:05:09"). */
  time: (at: number) => string
  /** A date and time ("3 Dec 2026, 14:05"). */
  day: (at: number) => string
}

const byLocale = new Map<string, Formats>()

/**
 * The formats of a locale, one set for the app's life. Each formatter is made the first
 * time it is used: the day and time ones are not needed on the first screen.
 */
export function formatsFor(locale: string): Formats {
  let formats = byLocale.get(locale)
  if (!formats) {
    let number: Intl.NumberFormat | undefined
    let time: Intl.DateTimeFormat | undefined
    let day: Intl.DateTimeFormat | undefined
    formats = {
      number: (value) => (number ??= new Intl.NumberFormat(locale)).format(value),
      time: (at) =>
        (time ??= new Intl.DateTimeFormat(locale, {
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        })).format(at),
      day: (at) =>
        (day ??= new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
        })).format(at),
    }
    byLocale.set(locale, formats)
  }
  return formats
}

/**
 * Makes the number format of a locale ahead of its first use. The first Intl formatter a
 * page makes loads the browser's locale data: 20–40 ms in Chromium on the machines the
 * benchmark runs on, which the first screen would otherwise spend while its answers wait.
 * Called while the app waits for the portal.
 */
export function prepareFormats(locale: string): void {
  formatsFor(locale).number(0)
}
