// The local portal's public shape. The HTTP server, the host page's backend and the
// in-process test client all talk to the model through these types only, so each REST
// contract is implemented once (portal/model) and wrapped many times.

export type ScenarioName = 'demo' | 'empty' | 'large' | 'hostile' | 'readonly'

export interface ResetOptions {
  scenario: ScenarioName
  /** `large` only: how many lines (default 500). */
  lines?: number
  /** `large` only: how many connectors (default 30). */
  connectors?: number
  /** Seed for the deterministic generator (default 1). */
  seed?: number
}

/** One open line as the portal stores it (values are strings, as Bitrix returns them). */
export interface LineRecord {
  ID: string
  LINE_NAME: string
  ACTIVE: 'Y' | 'N'
  /** ISO date of the last change; the rest of the ~90 config fields are generated on read. */
  DATE_MODIFY: string
}

export interface ConnectorRecord {
  /** Lower-case id, no dots. */
  id: string
  /** Display name per language; `en` is always present and is the fallback. */
  names: Record<string, string>
  /** Built-in connectors ship with the portal; REST connectors are registered by apps. */
  kind: 'builtin' | 'rest'
}

export interface ConnectorData {
  ID?: string
  URL?: string
  URL_IM?: string
  NAME?: string
}

/** A (connector, line) status row. No row means "off". */
export interface StatusRow {
  connector: string
  line: string
  ACTIVE: boolean
  CONNECTION: boolean
  REGISTER: boolean
  ERROR: boolean
  DATA: ConnectorData
}

export interface SessionSettings {
  /** Bitrix language code, e.g. `en`, `ru`, `de`, `la`, `br`. */
  lang: string
  isAdmin: boolean
  /** The "Connect communication channels" right; without it imconnector.list answers ACCESS_DENIED. */
  canModifyConnectors: boolean
  /** Lifetime in seconds of tokens issued from now on (default 3600). */
  authExpires: number
  userId: number
  userName: string
  userLastName: string
}

export interface AppState {
  installed: boolean
  options: Record<string, unknown>
  userOptions: Record<string, unknown>
}

/** Everything that survives a restart: written to the data file as JSON. */
export interface PortalData {
  version: 1
  scenario: ScenarioName
  memberId: string
  lines: LineRecord[]
  connectors: ConnectorRecord[]
  statuses: StatusRow[]
  session: SessionSettings
  app: AppState
  /** Connector events fired (ONIMCONNECTORSTATUSDELETE…), newest last, capped. */
  events: PortalEvent[]
}

/** The snapshot without the data that grows with the portal (lines, states, events). */
export type PortalSettings = Pick<
  PortalStateSnapshot,
  'scenario' | 'session' | 'app' | 'limits' | 'faults'
>

export interface PortalEvent {
  time: string
  event: 'ONIMCONNECTORSTATUSDELETE'
  data: { connector: string; line: string }
}

export interface PortalStorage {
  /** Returns undefined when nothing has been stored yet; throws a clear error when the stored data is corrupt. */
  load(): PortalData | undefined
  save(data: PortalData): void
}

export interface PortalClock {
  /** Milliseconds since the epoch. */
  now(): number
  sleep(ms: number): Promise<void>
}

export interface FaultRule {
  /** REST method (case-insensitive); absent = every method. Applies to batch sub-commands too. */
  method?: string
  /** Params that must match (compared as strings, keys case-insensitive), e.g. {LINE: "3"}. */
  match?: Record<string, string | number>
  /** Error code to answer, or `NETWORK_ERROR` (connection dropped) / `MALFORMED_RESPONSE` (non-JSON body). Absent = latency only. */
  error?: string
  status?: number
  description?: string
  /** How many matching calls it affects (absent = until cleared). */
  times?: number
  latencyMs?: number
  /**
   * The share of matching calls it affects, 0–1 (absent = every one). Each matching call
   * draws from the rule's own generator seeded with `seed`, so a run of calls in the same
   * order meets the same faults. A call the draw spares goes on to the next rule; `times`
   * counts only the calls affected.
   */
  probability?: number
  /** Seed of the rule's draws (default 1); only with `probability`. */
  seed?: number
  /** Read-only, in the portal's answers: calls this rule has affected so far (once it has). */
  hits?: number
}

export interface RestRequest {
  method: string
  /** Body and query merged; `auth` may be among them. */
  params: Record<string, unknown>
  /** Token from `auth`, `access_token` or `Authorization: Bearer`. */
  token?: string
  /** Set when the call came through an incoming webhook URL (/rest/<user>/<secret>/<method>). */
  webhook?: { userId: string; secret: string }
}

export type RestResponse =
  | { kind: 'json'; status: number; body: unknown }
  /** The server must drop the connection without answering. */
  | { kind: 'network-error' }
  /** The server must answer this raw text (a broken proxy, an HTML error page). */
  | { kind: 'raw'; status: number; contentType: string; text: string }

export interface AuthGrant {
  access_token: string
  refresh_token: string
  /** Seconds. */
  expires_in: number
  member_id: string
  domain: string
}

export interface LimitSettings {
  burst: number
  drainPerSecond: number
}

export interface LogEntry {
  time: string
  method: string
  /** Params without any token. */
  params: Record<string, unknown>
  status: number
  error?: string
  /** For batch: each command as sent, with its outcome. */
  commands?: { key: string; method: string; params: Record<string, unknown>; error?: string }[]
}

export interface PortalStateSnapshot {
  scenario: ScenarioName
  lines: LineRecord[]
  connectors: ConnectorRecord[]
  statuses: StatusRow[]
  session: SessionSettings
  app: AppState
  limits: LimitSettings
  faults: FaultRule[]
  events: PortalEvent[]
}

export interface PortalOptions {
  storage: PortalStorage
  clock?: PortalClock
  /** Host and port the portal is reached at, e.g. `localhost:3000` (DOMAIN in the frame protocol). */
  domain: string
  limits?: LimitSettings
}

/**
 * The portal. Implemented by `createPortal(options)` in portal/model/portal.ts.
 * Everything is synchronous except REST, which may be delayed by latency faults.
 */
export interface Portal {
  /** Answers one REST call (including `batch`) exactly as Bitrix24 would. */
  rest(request: RestRequest): Promise<RestResponse>

  /** A fresh OAuth grant for the current session user (what the host page hands the frame). */
  issueAuth(): AuthGrant
  /** `refreshAuth` from the frame: rotates both tokens; undefined when the refresh token is unknown. */
  refreshAuth(refreshToken: string): AuthGrant | undefined
  /** Makes every token issued so far expire now (the next call answers `expired_token`). */
  expireTokens(): void
  /** A webhook secret for `/rest/<userId>/<secret>/<method>` (webhook context, not app context). */
  createWebhook(): { userId: string; secret: string }

  reset(options: ResetOptions): void
  /** Writes the rows reads created and nothing has written yet (the server does it between requests). */
  flush(): void
  /** A copy of everything: grows with the portal (40,000 states at 1,000 × 40). */
  snapshot(): PortalStateSnapshot
  /**
   * A copy of the session, app state, limits and faults only. What the host page's calls on
   * every app load (config, frame auth) need: copying the states for them took ~35 ms of
   * the server's one thread per call at 1,000 × 40, while the app's first reads waited.
   */
  settings(): PortalSettings
  data(): PortalData
  setSession(patch: Partial<SessionSettings>): SessionSettings

  setFaults(rules: FaultRule[]): void
  clearFaults(): void
  setLimits(limits: LimitSettings): void

  log(): LogEntry[]
  clearLog(): void

  /** Frame-side app state (install flag and options), persisted with the rest. */
  setInstalled(installed: boolean): void
  setAppOption(name: string, value: unknown): Record<string, unknown>
  setUserOption(name: string, value: unknown): Record<string, unknown>
}

/**
 * What the portal's server hands its host page for `getInitData` (POST /__portal/frame/auth);
 * the page adds DOMAIN and PROTOCOL, which it knows itself.
 */
export interface FrameContext {
  grant: { access_token: string; refresh_token: string; expires_in: number; member_id: string }
  lang: string
  isAdmin: boolean
  installed: boolean
  appOptions: Record<string, unknown>
  userOptions: Record<string, unknown>
}
