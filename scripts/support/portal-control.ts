import type {
  FaultRule,
  LimitSettings,
  LogEntry,
  PortalStateSnapshot,
  ResetOptions,
} from '../../portal/model/types.ts'

/**
 * The local portal's control API (`/__portal/…`) over HTTP, for the scripts that run the
 * portal in its own process. Every call fails loudly: a figure measured against a portal
 * that refused its scenario would be a wrong figure.
 */
export class PortalControlClient {
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

  async reset(options: ResetOptions): Promise<void> {
    await this.call('POST', 'reset', options)
  }
  async setFaults(rules: FaultRule[]): Promise<void> {
    await this.call('POST', 'faults', { rules })
  }
  async clearFaults(): Promise<void> {
    await this.call('DELETE', 'faults')
  }
  async setLimits(limits: LimitSettings): Promise<void> {
    await this.call('POST', 'limits', limits)
  }
  async log(): Promise<LogEntry[]> {
    return (await this.call<{ entries: LogEntry[] }>('GET', 'log')).entries
  }
  async clearLog(): Promise<void> {
    await this.call('DELETE', 'log')
  }
  snapshot(): Promise<PortalStateSnapshot> {
    return this.call('GET', 'state')
  }
}
