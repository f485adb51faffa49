import type { AjaxResult, B24Frame } from '@bitrix24/b24jssdk'
import {
  type AnswerListener,
  BATCH_LIMIT,
  type BatchOutcome,
  type PortalClient,
  type PortalFrame,
  type RestCall,
} from './client'
import { PortalError, toPortalError } from './errors'

// The SDK adapter. The SDK already handles what belongs to the transport: token
// refresh through the parent (one refresh, one retry on expired_token), its own
// leaky bucket, and retries on 503/5xx/network errors. This adapter only reshapes
// results and errors into the app's contract.

function firstError(result: { getErrors(): IterableIterator<Error> | Error[] }): PortalError {
  for (const error of result.getErrors()) return toPortalError(error)
  return new PortalError({ code: 'MALFORMED_RESPONSE', status: 0 })
}

function outcomeOf(result: AjaxResult | undefined): BatchOutcome {
  if (!result) {
    return { ok: false, error: new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 }) }
  }
  if (!result.isSuccess) return { ok: false, error: firstError(result) }
  return { ok: true, result: result.getData()?.result }
}

export function createSdkClient(b24: B24Frame, answered: AnswerListener = () => {}): PortalClient {
  return {
    async call(method, params = {}) {
      let response: AjaxResult
      try {
        response = await b24.actions.v2.call.make({ method, params })
      } catch (error) {
        throw toPortalError(error)
      }
      if (!response.isSuccess) throw firstError(response)
      answered(method, response.getData()?.time)
      return response.getData()?.result
    },

    async batch(calls: readonly RestCall[]) {
      if (calls.length === 0) return []
      if (calls.length > BATCH_LIMIT) {
        throw new PortalError({ code: 'ERROR_BATCH_LENGTH_EXCEEDED', status: 400 })
      }
      // Named commands keep each answer attached to its call: in the array form a
      // command the portal left out would shift every later answer by one.
      const named: Record<string, [string, Record<string, unknown>]> = {}
      calls.forEach((call, index) => {
        named[`c${index}`] = [call.method, call.params ?? {}]
      })
      let response
      try {
        response = await b24.actions.v2.batch.make({
          calls: named,
          options: { isHaltOnError: false, returnAjaxResult: true },
        })
      } catch (error) {
        throw toPortalError(error)
      }
      const data = response.getData() as Record<string, AjaxResult | undefined> | undefined
      if (!data || Object.keys(data).length === 0) {
        // Nothing per command came back: the request as a whole failed.
        throw firstError(response)
      }
      return calls.map((call, index) => {
        const result = data[`c${index}`]
        if (result?.isSuccess) answered(call.method, result.getData()?.time)
        return outcomeOf(result)
      })
    },
  }
}

export function createSdkFrame(b24: B24Frame): PortalFrame {
  return {
    lang: b24.getLang(),
    isAdmin: b24.auth.isAdmin,
    async openPath(path) {
      await b24.slider.openPath(b24.slider.getUrl(path))
    },
    async setTitle(title) {
      await b24.parent.setTitle(title)
    },
    isInstallMode: b24.isInstallMode,
    async installFinish() {
      await b24.installFinish()
    },
    async fitToContent(height) {
      const target = Math.max(1, Math.ceil(height))
      if (target >= window.innerHeight) {
        // Growing: the document is now as tall as the content, and fitWindow keeps the
        // frame's width at 100 % of the portal's work area.
        await b24.parent.fitWindow()
        return
      }
      // Shrinking: a document is never shorter than its frame, so fitWindow cannot shrink
      // it. resizeWindowAuto sizes to the content but pins the width in pixels; once the
      // frame has its new height, fitWindow gives the width back to the portal.
      await b24.parent.resizeWindowAuto(null, target)
      await new Promise((resolve) => setTimeout(resolve, 100))
      if (window.innerHeight <= target + 1) await b24.parent.fitWindow()
    },
  }
}
