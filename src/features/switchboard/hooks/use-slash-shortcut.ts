import { useEffect, type RefObject } from 'react'

// Where "/" is text the user types (or a dialog holds the focus), it stays theirs.
const KEEPS_SLASH =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]), textarea, select, [contenteditable]:not([contenteditable="false"]), [role="dialog"], [role="alertdialog"]'

/** "/" anywhere in the app moves the focus to this field, as on GitHub or MDN. */
export function useSlashShortcut(field: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.defaultPrevented || !field.current) return
      const target = event.target
      if (target instanceof Element && target.closest(KEEPS_SLASH)) return
      event.preventDefault()
      field.current.focus()
      field.current.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [field])
}
