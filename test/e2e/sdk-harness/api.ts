// The harness's window API, shared by the page (harness.ts) and the spec. Everything it
// returns is plain JSON, so the spec can read it through frame.evaluate.

/** What an SDK failure looked like: thrown (`thrown: true`) or a failed AjaxResult. */
export interface HarnessFailure {
  ok: false
  thrown: boolean
  /** `error.name` and the class it was built from (`AjaxError`, `SdkError`, …). */
  name: string
  className: string
  isAjaxError: boolean
  isSdkError: boolean
  code: string
  status: number
  message: string
  ms: number
}

export interface HarnessSuccess {
  ok: true
  result: unknown
  /** HTTP status the AjaxResult kept. */
  status: number
  ms: number
}

export type HarnessOutcome = HarnessSuccess | HarnessFailure

export interface HarnessInit {
  lang: string
  isAdmin: boolean
  isInstallMode: boolean
  /** `getTargetOrigin()`: the portal origin the SDK derived from window.name and getInitData. */
  targetOrigin: string
  /** The REST base for v2 calls. */
  restBase: string
  domain: string
  memberId: string
  appSid: string
  /** What the portal named the iframe: `DOMAIN|PROTOCOL|APP_SID`, the SDK's only bootstrap input. */
  windowName: string
}

export interface HarnessBatchEntry {
  key: string
  outcome: HarnessOutcome
}

export interface HarnessBatch {
  /** Whether the batch as a whole (the Result) reports success. */
  isSuccess: boolean
  /** Error codes the batch Result collected, keyed as the SDK keyed them. */
  errors: { key: string; code: string; status: number }[]
  entries: HarnessBatchEntry[]
}

export interface HarnessAuth {
  accessToken: string
  refreshToken: string
  /** Seconds since the epoch, as the SDK holds it. */
  expires: number
}

export interface HarnessApi {
  init(): Promise<HarnessInit>
  call(method: string, params?: Record<string, unknown>): Promise<HarnessOutcome>
  /** `actions.v2.batch.make` with named commands, `isHaltOnError: false`, `returnAjaxResult: true`. */
  batch(calls: Record<string, [string, Record<string, unknown>]>): Promise<HarnessBatch>
  /** `n` identical calls fired at once. */
  burst(n: number, method: string, params?: Record<string, unknown>): Promise<HarnessOutcome[]>
  authSnapshot(): HarnessAuth | null
}
