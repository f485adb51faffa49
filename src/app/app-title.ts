import { en } from '../i18n/locales/en'

/** The portal page's title in English; FrameShell sets it in the app's language. */
export const APP_TITLE = en.app.title
