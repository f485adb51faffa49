import { PortalError } from './errors'

// The small surface the rest of the app needs from a portal. The SDK adapter
// (sdk-client.ts) implements it inside a real or local portal; tests implement it
// over the in-process portal model, so every layer above sees the same contract.

export type RestParams = Record<string, unknown>

export interface RestCall {
  method: string
  params?: RestParams
}

export type BatchOutcome = { ok: true; result: unknown } | { ok: false; error: PortalError }

/**
 * Told of each successful answer's `time` object, per method (in a batch, per command):
 * the portal reports a method's operating time there and nowhere else.
 */
export type AnswerListener = (method: string, time: unknown) => void

/**
 * Settles one caller's promise with its command's outcome from a shared `batch`; a command
 * the answer left out fails as a malformed answer.
 */
export function settleOutcome(
  outcome: BatchOutcome | undefined,
  resolve: (result: unknown) => void,
  reject: (error: unknown) => void,
): void {
  if (!outcome) reject(new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 }))
  else if (outcome.ok) resolve(outcome.result)
  else reject(outcome.error)
}

/** The most commands one `batch` request may carry. */
export const BATCH_LIMIT = 50

export interface PortalClient {
  /** One REST call; resolves with `result`, rejects with a PortalError. */
  call(method: string, params?: RestParams): Promise<unknown>
  /**
   * Up to BATCH_LIMIT calls in one request, without halting on errors. Resolves with
   * one outcome per call, in order; rejects with a PortalError when the request as a
   * whole fails (rate limit, network, expired session…).
   */
  batch(calls: readonly RestCall[]): Promise<BatchOutcome[]>
}

/** What the app may ask of the portal page around it. */
export interface PortalFrame {
  /** Bitrix language code (`en`, `ru`, `la`, `br`…). */
  lang: string
  isAdmin: boolean
  /** Opens a portal page (e.g. a Contact Center slider) over the app. */
  openPath(path: string): Promise<void>
  setTitle(title: string): Promise<void>
  /** The portal opened the app to finish its installation (`getInitData` INSTALL). */
  isInstallMode: boolean
  /**
   * Tells the portal the installation is done (`setInstallFinish`). A real portal then
   * reloads the frame and never answers, so the promise may stay pending.
   */
  installFinish(): Promise<void>
  /** Resizes the iframe to the app's content height, in CSS pixels. */
  fitToContent(height: number): Promise<void>
}
