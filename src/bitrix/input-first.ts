import type { PortalClient } from './client'

/**
 * Runs `go` at once, or, while the user is pressing a control, once the press is let go and
 * drawn. The app's input tracking provides it (app/input-hold.ts): this layer knows nothing
 * of pointers.
 */
export type AfterInput = (go: () => void) => void

// A request leaving, or an answer landing, in the middle of a click is work on the one
// thread that must handle the click's release and draw its frame: sending costs a task of a
// few ms, and an answer re-renders the cells it settles, and that frame keeps the browser's
// frame clock running so the click's own frame waits for the next vsync (`npm run bench`
// at 1,000 × 40: answers and sends sat in front of the slowest clicks; decision 010).
// Both wait here for the press to end: at most the length of a press, when one is held.

const afterInputPromise = (afterInput: AfterInput) =>
  new Promise<void>((resolve) => afterInput(resolve))

/**
 * Sends each request, and hands each answer on, outside the user's presses. Innermost, below
 * the request gate: a request the gate lets go in a press leaves a little later, which only
 * leaves the portal's bucket emptier than the gate reckons.
 */
export function withInputFirst(client: PortalClient, afterInput: AfterInput): PortalClient {
  const outsidePresses = async <T>(request: () => Promise<T>): Promise<T> => {
    await afterInputPromise(afterInput)
    let answer: T
    try {
      answer = await request()
    } catch (error) {
      await afterInputPromise(afterInput)
      throw error
    }
    await afterInputPromise(afterInput)
    return answer
  }
  return {
    call: (method, params) => outsidePresses(() => client.call(method, params)),
    batch: (calls) => outsidePresses(() => client.batch(calls)),
  }
}
