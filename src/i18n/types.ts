import type { en } from './locales/en'
import type { activity } from './locales/activity/en'

// Keys are checked at compile time against the English catalogue, the Activity panel's
// words (loaded with the panel, see activity-strings.ts) included.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en & typeof activity }
  }
}
