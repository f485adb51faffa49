import type {
  FaultRule,
  LogEntry,
  PortalStateSnapshot,
  ResetOptions,
  SessionSettings,
} from '../../../portal/model/types.ts'

/**
 * The local portal's control API (`/__portal/…`) over HTTP: how the end-to-end tests and the
 * measuring scripts (bench, soak) set scenarios, limits and faults and read the portal back.
 * Every call fails loudly: a test or a figure against a portal that refused its scenario
 * would be wrong.
 */
export class PortalControl {
  constructor(private readonly portalUrl: string) {}

  private async call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
    const response = await fetch(new URL(`/__portal/${path}`, this.portalUrl), {
      method,
      ...(body !== undefined && {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    })
    if (!response.ok)
      throw new Error(
        `${method} /__portal/${path} answered ${response.status}: ${await response.text()}`,
      )
    return (await response.json()) as T
  }

  async reset(options: ResetOptions = { scenario: 'demo' }): Promise<void> {
    await this.call('POST', 'reset', options)
  }
  async session(patch: Partial<SessionSettings> & { expireNow?: boolean }): Promise<void> {
    await this.call('POST', 'session', patch)
  }
  async faults(rules: FaultRule[]): Promise<void> {
    await this.call('POST', 'faults', { rules })
  }
  async clearFaults(): Promise<void> {
    await this.call('DELETE', 'faults')
  }
  async limits(burst: number, drainPerSecond: number): Promise<void> {
    await this.call('POST', 'limits', { burst, drainPerSecond })
  }
  state(): Promise<PortalStateSnapshot> {
    return this.call('GET', 'state')
  }
  async log(): Promise<LogEntry[]> {
    return (await this.call<{ entries: LogEntry[] }>('GET', 'log')).entries
  }
  async clearLog(): Promise<void> {
    await this.call('DELETE', 'log')
  }
}
