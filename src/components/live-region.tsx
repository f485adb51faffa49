/**
 * One polite live region for the whole app: screen readers announce its text without
 * moving focus. `seq` re-announces the same sentence when it happens twice.
 */
export function LiveRegion({ text, seq }: { text: string; seq: number }) {
  return (
    <div role="status" aria-live="polite" className="visually-hidden">
      <span key={seq}>{text}</span>
    </div>
  )
}
