import { useTranslation } from 'react-i18next'
import { formatsFor, type Formats } from './formats'
import { localeOf } from '.'

/** The formats of the app's language. */
export function useFormats(): Formats {
  const { i18n } = useTranslation()
  return formatsFor(localeOf(i18n))
}
