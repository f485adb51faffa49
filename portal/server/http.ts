import type { HttpBindings } from '@hono/node-server'
import { Hono } from 'hono'
import type { Portal } from '../model/types.ts'
import { createControlRoutes } from './control.ts'
import { createRestRoutes } from './rest.ts'

export interface PortalHttpOptions {
  getPortal: () => Portal
  appUrl: string
  portalName?: string
}

/** `/rest/*` and `/__portal/*`; everything else is the host page (see server.ts). */
export function createPortalHttpApp(options: PortalHttpOptions): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>()
  app.route('/rest', createRestRoutes(options.getPortal))
  app.route(
    '/__portal',
    createControlRoutes({
      getPortal: options.getPortal,
      appUrl: options.appUrl,
      portalName: options.portalName ?? 'Local Bitrix24',
    }),
  )
  return app
}

/** Whether a request path belongs to the Hono app rather than the host page. */
export function isPortalApiPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0] ?? '/'
  return /^\/(rest|__portal)(\/|$)/.test(path)
}
