import {
  BATCH_LIMIT,
  settleOutcome,
  type BatchOutcome,
  type PortalClient,
  type RestCall,
} from './client'

// The portal's leaky bucket, kept on the app's side of the SDK, in the order requests were
// asked for. The SDK paces too, but each request it holds back sleeps on its own timer and
// checks again when it wakes: with a hundred switches waiting after a large portal's reads,
// every token woke all of them (about a second of the main thread over two hundred clicks,
// some of it between a click and its frame) and the one that won was any of them. Here one
// timer waits for the next token; the SDK's bucket, the same size, then finds room for
// every request that reaches it and only counts.

export interface RequestRate {
  /** Requests the bucket holds when full. */
  burst: number
  /** Requests it drains a second. */
  perSecond: number
}

type Waiting =
  | {
      kind: 'call'
      method: string
      params: Record<string, unknown> | undefined
      resolve: (result: unknown) => void
      reject: (error: unknown) => void
    }
  | {
      kind: 'batch'
      calls: readonly RestCall[]
      resolve: (outcomes: BatchOutcome[]) => void
      reject: (error: unknown) => void
    }

type WaitingCall = Extract<Waiting, { kind: 'call' }>

/**
 * A PortalClient that sends at most what the portal's bucket allows, first asked first sent.
 * Calls that wait together leave together: when a token frees up and the next request is a
 * call, every call waiting (up to 50) goes in one `batch` — switches clicked while the
 * bucket is empty cost one request, not one each, and each still settles on its own.
 */
export function withRequestGate(client: PortalClient, rate: RequestRate): PortalClient {
  const queue: Waiting[] = []
  let tokens = rate.burst
  let refilledAt = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined

  function refill() {
    const now = Date.now()
    // A clock set back refills nothing rather than emptying the bucket.
    const elapsed = Math.max(0, now - refilledAt)
    tokens = Math.min(rate.burst, tokens + (elapsed * rate.perSecond) / 1000)
    refilledAt = now
  }

  function sendCalls(calls: WaitingCall[]) {
    const [only] = calls
    if (calls.length === 1 && only) {
      client.call(only.method, only.params).then(only.resolve, only.reject)
      return
    }
    client.batch(calls.map(({ method, params }) => ({ method, params }))).then(
      (outcomes) =>
        calls.forEach((call, index) => settleOutcome(outcomes[index], call.resolve, call.reject)),
      (error: unknown) => {
        for (const call of calls) call.reject(error)
      },
    )
  }

  function sendNext() {
    const next = queue[0]
    if (!next) return
    if (next.kind === 'batch') {
      queue.shift()
      client.batch(next.calls).then(next.resolve, next.reject)
      return
    }
    // Every waiting call, in order; batches between them keep their places.
    const calls: WaitingCall[] = []
    for (let index = 0; index < queue.length && calls.length < BATCH_LIMIT;) {
      const waiting = queue[index]
      if (waiting?.kind === 'call') {
        calls.push(waiting)
        queue.splice(index, 1)
      } else index += 1
    }
    sendCalls(calls)
  }

  function pump() {
    timer = undefined
    refill()
    while (queue.length > 0 && tokens >= 1) {
      tokens -= 1
      sendNext()
    }
    if (queue.length > 0) {
      timer = setTimeout(pump, Math.ceil(((1 - tokens) * 1000) / rate.perSecond))
    }
  }

  function enqueue(waiting: Waiting) {
    queue.push(waiting)
    if (timer === undefined) pump()
  }

  return {
    call(method, params) {
      return new Promise((resolve, reject) => {
        enqueue({ kind: 'call', method, params, resolve, reject })
      })
    },
    batch(calls) {
      if (calls.length === 0) return Promise.resolve([])
      return new Promise((resolve, reject) => {
        enqueue({ kind: 'batch', calls, resolve, reject })
      })
    },
  }
}
