import { useEffect, type RefObject } from 'react'
import type { PortalFrame } from '../bitrix/client'

/** At most one resize request per this many milliseconds. */
export const FIT_INTERVAL_MS = 200
/**
 * Never shorter than this, nor than the height the portal first gave the frame: room for a
 * dialog, and a scroller sized to the frame (`100vh - …`) is never squeezed below its design.
 */
export const MIN_FRAME_HEIGHT = 400

export interface FitState {
  /** The content height last seen, and the frame's own height then. */
  content: number
  viewport: number
  /** The height last asked of the portal, or undefined before the first request. */
  sent: number | undefined
}

/**
 * Whether a new content height needs a resize, and to what. Content that follows the frame
 * (a scroller capped at `100vh - …`) changes by exactly as much as the frame just did:
 * chasing that would grow or shrink the frame forever, so such a change is only recorded.
 */
export function nextFit(
  state: FitState,
  content: number,
  viewport: number,
  floor = MIN_FRAME_HEIGHT,
): { state: FitState; send: number | undefined } {
  const viewportDelta = viewport - state.viewport
  const contentDelta = content - state.content
  const followsFrame =
    state.sent !== undefined && viewportDelta !== 0 && Math.abs(contentDelta - viewportDelta) <= 1
  const target = Math.max(MIN_FRAME_HEIGHT, floor, Math.ceil(content))
  // The frame has that height already, or was just asked for it and has not moved yet.
  const fits = Math.abs(target - viewport) <= 1
  const pending = viewportDelta === 0 && target === state.sent
  const send = followsFrame || fits || pending ? undefined : target
  return { state: { content, viewport, sent: send ?? state.sent }, send }
}

/**
 * Keeps the portal's iframe as tall as the element's content: a ResizeObserver, throttled to
 * one request per FIT_INTERVAL_MS with the last height always sent (the first at once).
 */
export function useFitFrame(frame: PortalFrame, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current
    if (!element) return
    // The portal's own height for the frame: the app may grow it and shrink it back.
    const floor = window.innerHeight
    let state: FitState = { content: 0, viewport: window.innerHeight, sent: undefined }
    let timer: ReturnType<typeof setTimeout> | undefined
    // The throttle counts requests, not looks: a look that asked nothing (the loading screen
    // fits the frame) must not hold back the grid's growth, which then landed up to 200 ms
    // late, after the first states, and drew the rows it uncovered on the first screen's path.
    let lastSent = -Infinity

    const run = () => {
      timer = undefined
      const decision = nextFit(
        state,
        element.getBoundingClientRect().height,
        window.innerHeight,
        floor,
      )
      state = decision.state
      if (decision.send !== undefined) {
        lastSent = Date.now()
        frame.fitToContent(decision.send).catch((error: unknown) => {
          // A portal that cannot resize leaves the frame as it was: nothing to tell the user.
          console.warn('Could not resize the app frame:', error)
        })
      }
    }
    const schedule = () => {
      if (timer !== undefined) return
      timer = setTimeout(run, Math.max(0, lastSent + FIT_INTERVAL_MS - Date.now()))
    }

    schedule()
    // The portal may resize the frame itself, without the content changing.
    window.addEventListener('resize', schedule)
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule)
    observer?.observe(element)
    return () => {
      window.removeEventListener('resize', schedule)
      observer?.disconnect()
      clearTimeout(timer)
    }
  }, [frame, ref])
}
