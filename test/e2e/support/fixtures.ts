import {
  test as base,
  expect,
  type APIRequestContext,
  type FrameLocator,
  type Page,
} from '@playwright/test'
import type {
  FaultRule,
  LogEntry,
  PortalStateSnapshot,
  ResetOptions,
  SessionSettings,
} from '../../../portal/model/types'

export function portalUrl(): string {
  const url = process.env.PORTAL_URL
  if (!url) throw new Error('PORTAL_URL is not set: run the e2e tests through playwright.config.ts')
  return url
}

/** The local portal's control API, as tests use it to set scenarios and faults. */
export class PortalControl {
  constructor(private readonly request: APIRequestContext) {}

  private async post(path: string, data: unknown) {
    const response = await this.request.post(new URL(path, portalUrl()).href, { data })
    expect(response.status(), `${path} answered ${await response.text()}`).toBeLessThan(300)
    return response.json() as Promise<unknown>
  }

  reset(options: ResetOptions = { scenario: 'demo' }) {
    return this.post('/__portal/reset', options)
  }
  session(patch: Partial<SessionSettings> & { expireNow?: boolean }) {
    return this.post('/__portal/session', patch)
  }
  faults(rules: FaultRule[]) {
    return this.post('/__portal/faults', { rules })
  }
  async clearFaults() {
    await this.request.delete(new URL('/__portal/faults', portalUrl()).href)
  }
  limits(burst: number, drainPerSecond: number) {
    return this.post('/__portal/limits', { burst, drainPerSecond })
  }
  async state(): Promise<PortalStateSnapshot> {
    const response = await this.request.get(new URL('/__portal/state', portalUrl()).href)
    return (await response.json()) as PortalStateSnapshot
  }
  async log(): Promise<LogEntry[]> {
    const response = await this.request.get(new URL('/__portal/log', portalUrl()).href)
    const body = (await response.json()) as unknown
    return (Array.isArray(body) ? body : (body as { entries: never[] }).entries) ?? []
  }
  async clearLog() {
    await this.request.delete(new URL('/__portal/log', portalUrl()).href)
  }
}

export interface PortalFixtures {
  control: PortalControl
  /** The portal page with the app inside; `app` reaches into its iframe. */
  openPortal: (query?: string) => Promise<{ page: Page; app: FrameLocator }>
}

export const test = base.extend<PortalFixtures>({
  control: async ({ request }, use) => {
    const control = new PortalControl(request)
    await control.clearFaults()
    await control.limits(50, 2)
    await control.reset({ scenario: 'demo' })
    await control.session({
      lang: 'en',
      isAdmin: true,
      canModifyConnectors: true,
      authExpires: 3600,
    })
    await control.clearLog()
    await use(control)
    await control.clearFaults()
  },
  openPortal: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await use(async (query = '') => {
      await page.goto(new URL(`/${query}`, portalUrl()).href)
      return { page, app: page.frameLocator('iframe.b24-app-frame') }
    })
    expect(errors, 'uncaught errors in the page').toEqual([])
  },
})

export { expect }
