/** The portal page's title while the app is open (a later i18n pass translates it). */
export const APP_TITLE = 'Open Lines Switchboard'
