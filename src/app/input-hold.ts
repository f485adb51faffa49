import { afterNextPaint } from './after-next-paint'
import { whenIdle } from './when-idle'

/** A press this long is not a click on its way (a drag, a release outside the frame). */
const LONGEST_HOLD_MS = 1_000

/** Work held back by a press waits at most this long for idle time after the click's frame. */
const RELEASED_WORK_WAIT_MS = 50

/** The longest a release waits for its frame and idle time (afterNextPaint's limit, and more). */
const RELEASE_WAIT_MS = 300

let pressed = 0
let pressedAt = 0
/** Released, and the click's frame (and idle time after it) not come yet. */
let releasing = false
/** Which release is on its way to its frame: a newer one takes over from an older. */
let releaseId = 0
let listening = false
const waiting = new Set<() => void>()

function release() {
  if (pressed === 0) return
  pressed = 0
  releasing = true
  const id = ++releaseId
  // The click comes with the release, and its switch is drawn in the next frame: what
  // waited for the release runs after that frame, not in it, and in idle time, once the
  // frame is handed on. Answers and requests held back by a press come back together: run
  // in the first task after the frame, they held the main thread while the frame was still
  // being rastered and presented (`npm run bench` at 1,000 × 40, decision 010).
  afterNextPaint(() => {
    if (pressed !== 0 || id !== releaseId) return
    whenIdle(() => {
      if (pressed !== 0 || id !== releaseId) return
      releasing = false
      const callbacks = [...waiting]
      waiting.clear()
      for (const callback of callbacks) callback()
    }, RELEASED_WORK_WAIT_MS)
  })
}

/**
 * Whether a click is on its way: a pointer or Space held down (for a second at most), or let
 * go and its frame not drawn yet.
 */
function inputHeld(): boolean {
  return (pressed !== 0 && performance.now() - pressedAt <= LONGEST_HOLD_MS) || releasing
}

function press() {
  // The new press holds from now on; its own release starts the wait for a frame again.
  releasing = false
  pressed += 1
  pressedAt = performance.now()
}

/** Starts watching presses (once); whenInputReleased does too, but a press already held then is missed. */
export function trackInputHolds() {
  if (listening) return
  listening = true
  const options = { capture: true, passive: true }
  window.addEventListener('pointerdown', press, options)
  window.addEventListener('pointerup', release, options)
  window.addEventListener('pointercancel', release, options)
  // A button switches when Space is let go: a held Space is a click on its way too.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === ' ' && !event.repeat) press()
    },
    options,
  )
  window.addEventListener('keyup', (event) => event.key === ' ' && release(), options)
  // The frame losing focus mid-press (the release is then not seen). Not in the capture
  // phase: there every element's blur passes through window, the press's own focus move too.
  window.addEventListener('blur', release)
}

/**
 * Runs `callback` now, or, while a pointer or Space is held down or its click not drawn yet,
 * once it is let go and the frame that shows the click has been drawn, in idle time after
 * it. Returns a function that cancels the wait.
 *
 * For updates nobody waits for (the totals): a frame drawn while a press is held starts the
 * browser's frame clock, and the click's own frame then waits for the next vsync instead of
 * being drawn at once (`npm run bench`: the clicks past 16 ms were those within two frames of
 * such a paint).
 */
export function whenInputReleased(callback: () => void): () => void {
  trackInputHolds()
  if (!inputHeld()) {
    callback()
    return () => undefined
  }
  waiting.add(callback)
  const limit = setTimeout(
    () => {
      if (!waiting.delete(callback)) return
      callback()
    },
    // A release's frame and idle time come within RELEASE_WAIT_MS (afterNextPaint's limit).
    Math.max(RELEASE_WAIT_MS, pressedAt + LONGEST_HOLD_MS - performance.now()),
  )
  return () => {
    clearTimeout(limit)
    waiting.delete(callback)
  }
}

/**
 * Runs `callback` in idle time with nothing pressed: for background work (saving, totals)
 * that would otherwise hold the thread, or draw a frame, while a click is on its way. Idle
 * time can come in the middle of a press: then it waits for the release, and runs in the
 * idle time after the click's frame. Returns a function that cancels it.
 */
export function whenIdleAndReleased(callback: () => void, timeoutMs: number): () => void {
  trackInputHolds()
  // Both waits are cancelled, whichever is pending: without idle callbacks (Safari)
  // whenIdle runs the first before returning, so its own canceller may come last.
  let cancelRelease: () => void = () => undefined
  const cancelIdle = whenIdle(() => {
    if (inputHeld()) cancelRelease = whenInputReleased(callback)
    else callback()
  }, timeoutMs)
  return () => {
    cancelIdle()
    cancelRelease()
  }
}
