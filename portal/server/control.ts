import type { HttpBindings } from '@hono/node-server'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { FrameContext, Portal } from '../model/types.ts'
import {
  readApp,
  readFaults,
  readLimits,
  readOption,
  readRefresh,
  readReset,
  readSession,
} from './control-bodies.ts'
import { BadRequestError, type Fields, parseJsonObject } from './validate.ts'

type Env = { Bindings: HttpBindings }

export interface ControlOptions {
  getPortal: () => Portal
  /** The app the host page embeds unless `?app=` says otherwise. */
  appUrl: string
  portalName: string
}

export interface PortalConfig {
  appUrl: string
  portalName: string
  user: { name: string; lastName: string }
}

/** The local portal's control API, `/__portal/*`: JSON in, JSON out, same origin as the host page. */
export function createControlRoutes(options: ControlOptions): Hono<Env> {
  const { getPortal } = options
  const control = new Hono<Env>()

  control.use(
    '*',
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: (c) => c.json({ error: 'BAD_REQUEST', message: 'The body is too large' }, 413),
    }),
  )

  control.onError((error, c) => {
    if (error instanceof BadRequestError) {
      return c.json({ error: 'BAD_REQUEST', message: error.message }, 400)
    }
    console.error('[portal] control API failed:', error)
    return c.json({ error: 'INTERNAL', message: describe(error) }, 500)
  })

  control.get('/config', (c) => {
    const session = getPortal().settings().session
    const config: PortalConfig = {
      appUrl: options.appUrl,
      portalName: options.portalName,
      user: { name: session.userName, lastName: session.userLastName },
    }
    return c.json(config)
  })

  control.get('/state', (c) => c.json(getPortal().snapshot()))

  control.post('/reset', async (c) => {
    getPortal().reset(readReset(await body(c)))
    return c.json(getPortal().snapshot())
  })

  control.post('/session', async (c) => {
    const { patch, expireNow } = readSession(await body(c))
    const session = getPortal().setSession(patch)
    if (expireNow) getPortal().expireTokens()
    return c.json({ session, expired: expireNow })
  })

  control.post('/auth', async (c) => {
    await noFields(c)
    const grant = getPortal().issueAuth()
    return c.json({
      access_token: grant.access_token,
      refresh_token: grant.refresh_token,
      expires_in: grant.expires_in,
      member_id: grant.member_id,
      domain: grant.domain,
    })
  })

  control.post('/faults', async (c) => {
    getPortal().setFaults(readFaults(await body(c)))
    return c.json({ faults: getPortal().settings().faults })
  })
  control.delete('/faults', (c) => {
    getPortal().clearFaults()
    return c.json({ faults: [] })
  })

  control.post('/limits', async (c) => {
    getPortal().setLimits(readLimits(await body(c)))
    return c.json({ limits: getPortal().settings().limits })
  })

  control.get('/log', (c) => c.json({ entries: getPortal().log() }))
  control.delete('/log', (c) => {
    getPortal().clearLog()
    return c.json({ entries: [] })
  })

  control.post('/webhook', async (c) => {
    await noFields(c)
    const { userId, secret } = getPortal().createWebhook()
    const origin = new URL(c.req.url).origin
    return c.json({ userId, secret, url: `${origin}/rest/${userId}/${secret}/` })
  })

  control.post('/app', async (c) => {
    const { installed } = readApp(await body(c))
    getPortal().setInstalled(installed)
    return c.json({ app: getPortal().settings().app })
  })

  // The frame side: the host page calls these to answer the app's postMessage commands.
  control.post('/frame/auth', async (c) => {
    await noFields(c)
    const portal = getPortal()
    const grant = portal.issueAuth()
    const data = portal.settings()
    const context: FrameContext = {
      grant: {
        access_token: grant.access_token,
        refresh_token: grant.refresh_token,
        expires_in: grant.expires_in,
        member_id: grant.member_id,
      },
      lang: data.session.lang,
      isAdmin: data.session.isAdmin,
      installed: data.app.installed,
      appOptions: data.app.options,
      userOptions: data.app.userOptions,
    }
    return c.json(context)
  })

  control.post('/frame/refresh', async (c) => {
    const grant = getPortal().refreshAuth(readRefresh(await body(c)))
    if (!grant) {
      return c.json({ error: 'invalid_grant', message: 'The refresh token is unknown' }, 401)
    }
    return c.json({
      access_token: grant.access_token,
      refresh_token: grant.refresh_token,
      expires_in: grant.expires_in,
      member_id: grant.member_id,
    })
  })

  control.post('/frame/install-finish', async (c) => {
    await noFields(c)
    getPortal().setInstalled(true)
    return c.json({ app: getPortal().settings().app })
  })

  control.post('/frame/app-option', async (c) => {
    const { name, value } = readOption(await body(c))
    // The real portal ignores setAppOption from non-admins; say so instead of silently storing.
    if (!getPortal().settings().session.isAdmin) {
      return c.json({ error: 'ACCESS_DENIED', message: 'Only administrators set app options' }, 403)
    }
    return c.json({ options: getPortal().setAppOption(name, value) })
  })

  control.post('/frame/user-option', async (c) => {
    const { name, value } = readOption(await body(c))
    return c.json({ options: getPortal().setUserOption(name, value) })
  })

  control.all('*', (c) =>
    c.json(
      { error: 'NOT_FOUND', message: `No control endpoint ${c.req.method} ${c.req.path}` },
      404,
    ),
  )
  return control
}

async function body(c: Context<Env>): Promise<Fields> {
  return parseJsonObject(await c.req.text(), c.req.header('Content-Type'))
}

async function noFields(c: Context<Env>): Promise<void> {
  const fields = await body(c)
  const keys = Object.keys(fields)
  if (keys.length > 0) throw new BadRequestError(`This endpoint takes no fields (got "${keys[0]}")`)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
