import { afterNextPaint } from './after-next-paint'

/** A press this long is not a click on its way (a drag, a release outside the frame). */
const LONGEST_HOLD_MS = 1_000

let pressed = 0
let pressedAt = 0
let listening = false
const waiting = new Set<() => void>()

function release() {
  if (pressed === 0) return
  pressed = 0
  // The click comes with the release, and its switch is drawn in the next frame: what
  // waited for the release is drawn after that frame, not in it.
  afterNextPaint(() => {
    if (pressed !== 0) return
    const callbacks = [...waiting]
    waiting.clear()
    for (const callback of callbacks) callback()
  })
}

function press() {
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
 * Runs `callback` now, or, while a pointer or Space is held down, once it is let go and the
 * frame that shows the click has been drawn. Returns a function that cancels the wait.
 *
 * For updates nobody waits for (the totals): a frame drawn while a press is held starts the
 * browser's frame clock, and the click's own frame then waits for the next vsync instead of
 * being drawn at once (`npm run bench`: the clicks past 16 ms were those within two frames of
 * such a paint).
 */
export function whenInputReleased(callback: () => void): () => void {
  trackInputHolds()
  if (pressed === 0 || performance.now() - pressedAt > LONGEST_HOLD_MS) {
    callback()
    return () => undefined
  }
  waiting.add(callback)
  const limit = setTimeout(
    () => {
      if (!waiting.delete(callback)) return
      callback()
    },
    Math.max(0, pressedAt + LONGEST_HOLD_MS - performance.now()),
  )
  return () => {
    clearTimeout(limit)
    waiting.delete(callback)
  }
}
