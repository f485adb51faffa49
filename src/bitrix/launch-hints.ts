// What the portal says in the app's address, readable before the SDK has connected.
// Bitrix24 opens an application's page with DOMAIN, PROTOCOL, LANG and APP_SID in its query;
// LANG is the only one of them the app reads here, to speak the portal's language while it
// connects. A portal that knows its colour theme may add `theme=light|dark` (the local
// portal does; Bitrix24 itself is not known to), else the app follows the browser's setting.

export type ThemeHint = 'light' | 'dark'

export interface LaunchHints {
  /** The portal's language code (`en`, `ru`, `la`…), when the address carries one. */
  lang?: string | undefined
  /** The portal's colour theme, when the portal tells. */
  theme?: ThemeHint | undefined
}

export function readLaunchHints(search: string): LaunchHints {
  const query = new URLSearchParams(search)
  const lang = query.get('LANG')?.trim()
  const theme = query.get('theme')?.trim().toLowerCase()
  return {
    lang: lang && /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(lang) ? lang : undefined,
    theme: theme === 'light' || theme === 'dark' ? theme : undefined,
  }
}
