import type { Plugin } from 'vite'

// The Content-Security-Policy shipped with the build (docs/decisions/003-csp.md). A <meta>
// tag, because the app is a static bundle a portal administrator may host anywhere. Only on
// build: the dev server injects inline scripts (React refresh) the policy would refuse.
// `frame-ancestors`, `report-uri` and `sandbox` are ignored in <meta>; see the decision.

/** The portal's origin is only known at run time (window.name), so REST may go to any HTTPS
 * origin, and to localhost for the local portal. */
export const CONNECT_SRC = ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']

export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': CONNECT_SRC,
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
}

export function cspContent(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'switchboard-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspContent() },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
