import { describe, expect, it } from 'vitest'
import type { BatchOutcome, PortalClient } from './client'
import { PortalError } from './errors'
import { withInputFirst, type AfterInput } from './input-first'

/** A user who can hold a press: work handed to `afterInput` meanwhile waits for the release. */
function pressable() {
  let held = false
  let waiting: (() => void)[] = []
  const afterInput: AfterInput = (go) => {
    if (held) waiting.push(go)
    else go()
  }
  return {
    afterInput,
    press() {
      held = true
    },
    release() {
      held = false
      const due = waiting
      waiting = []
      for (const go of due) go()
    },
  }
}

/** A transport whose answers the test hands out, recording each request as it leaves. */
function transport() {
  const sent: string[] = []
  const answers: { resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = []
  const pending = (what: string) => {
    sent.push(what)
    return new Promise<unknown>((resolve, reject) => answers.push({ resolve, reject }))
  }
  const client: PortalClient = {
    call: (method) => pending(method),
    batch: (calls) => pending(`batch(${calls.length})`) as Promise<BatchOutcome[]>,
  }
  return { client, sent, answers }
}

const settled = async () => {
  for (let round = 0; round < 5; round += 1) await Promise.resolve()
}

function track(promise: Promise<unknown>) {
  const state: { done: boolean; value?: unknown; error?: unknown } = { done: false }
  promise.then(
    (value) => Object.assign(state, { done: true, value }),
    (error: unknown) => Object.assign(state, { done: true, error }),
  )
  return state
}

describe('requests outside the user’s presses', () => {
  it('sends and answers at once when nothing is pressed', async () => {
    const user = pressable()
    const { client, sent, answers } = transport()
    const answer = track(withInputFirst(client, user.afterInput).call('imconnector.status'))
    await settled()
    expect(sent).toEqual(['imconnector.status'])
    answers[0]?.resolve({ STATUS: true })
    await settled()
    expect(answer).toEqual({ done: true, value: { STATUS: true } })
  })

  it('holds a request asked for during a press until the press is let go', async () => {
    const user = pressable()
    const { client, sent } = transport()
    user.press()
    void withInputFirst(client, user.afterInput).batch([{ method: 'imconnector.status' }])
    await settled()
    expect(sent).toEqual([])
    user.release()
    await settled()
    expect(sent).toEqual(['batch(1)'])
  })

  it('hands on an answer that lands during a press only after the release', async () => {
    const user = pressable()
    const { client, answers } = transport()
    const answer = track(withInputFirst(client, user.afterInput).call('imconnector.activate'))
    await settled()
    user.press()
    answers[0]?.resolve(true)
    await settled()
    expect(answer.done).toBe(false)
    user.release()
    await settled()
    expect(answer).toEqual({ done: true, value: true })
  })

  it('hands on a failure that lands during a press after the release, with its code', async () => {
    const user = pressable()
    const { client, answers } = transport()
    const answer = track(withInputFirst(client, user.afterInput).call('imconnector.activate'))
    await settled()
    user.press()
    answers[0]?.reject(new PortalError({ code: 'QUERY_LIMIT_EXCEEDED', status: 503 }))
    await settled()
    expect(answer.done).toBe(false)
    user.release()
    await settled()
    expect(answer.done).toBe(true)
    expect(answer.error).toBeInstanceOf(PortalError)
    expect((answer.error as PortalError).code).toBe('QUERY_LIMIT_EXCEEDED')
  })
})
