import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react'

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

// Live regions stay outside the inert part, so an announcement made while the dialog is
// open still reaches screen readers.
const KEEP_LIVE = '[aria-live], [role="status"], [role="alert"], [role="log"]'

/**
 * Makes everything around the dialog inert (out of reach of the mouse, the keyboard and
 * assistive technology, as `aria-modal` alone does not guarantee) and returns the undo.
 * Elements that were inert already are left alone.
 */
function inertOutside(dialog: HTMLElement): () => void {
  const changed: Element[] = []
  for (let node: Element = dialog; node.parentElement && node !== document.body;) {
    const parent: Element = node.parentElement
    for (const sibling of parent.children) {
      if (sibling === node || sibling.hasAttribute('inert')) continue
      if (sibling.matches(`script, style, ${KEEP_LIVE}`)) continue
      sibling.setAttribute('inert', '')
      changed.push(sibling)
    }
    node = parent
  }
  return () => {
    for (const element of changed) element.removeAttribute('inert')
  }
}

interface ModalDialogProps {
  title: string
  children: ReactNode
  /** Escape and the backdrop call this; focus returns where it was before the dialog. */
  onDismiss: () => void
  /** The control that gets focus first (defaults to the first focusable one). */
  initialFocusRef?: React.RefObject<HTMLElement | null>
}

/**
 * A modal dialog per the WAI-ARIA pattern: focus moves in, Tab cycles inside, Escape
 * dismisses, and focus returns to the element that opened it.
 */
export function ModalDialog({ title, children, onDismiss, initialFocusRef }: ModalDialogProps) {
  const titleId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)

  // In the commit that shows the dialog, not after the paint: until then a key or a click
  // would still reach the page behind it.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const restore = dialogRef.current ? inertOutside(dialogRef.current) : () => undefined
    const first =
      initialFocusRef?.current ?? dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE)
    first?.focus()
    return () => {
      restore()
      // The opener may have been re-rendered away; focus it only while it is still in the page.
      if (opener?.isConnected) opener.focus()
    }
  }, [initialFocusRef])

  const dismissRef = useRef(onDismiss)
  useEffect(() => {
    dismissRef.current = onDismiss
  })

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        event.stopPropagation()
        dismissRef.current()
        return
      }
      if (event.key !== 'Tab' || !dialog) return
      const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (!first || !last) return
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault()
        first.focus()
      }
    }
    dialog.addEventListener('keydown', onKeyDown)
    return () => dialog.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="modal"
      >
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  )
}
