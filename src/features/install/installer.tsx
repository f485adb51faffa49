import { useEffect, useId, useState } from 'react'
import { usePortal } from '../../app/portal-context'
import { toPortalError } from '../../bitrix/errors'
import './installer.css'

/** After this long without the portal reloading the frame, say how to go on. */
export const RELOAD_HINT_AFTER_MS = 10_000

/** What the app may do once installed, as the local application asks for it. */
export const SCOPES = [
  {
    scope: 'imopenlines',
    title: 'Open Channels',
    text: 'read your Open Channels, their names and whether they are active.',
  },
  {
    scope: 'imconnector',
    title: 'Open Channel connectors',
    text: 'read the state of every connector on every Open Channel, and switch connectors on and off when you ask it to.',
  },
] as const

type Step =
  { kind: 'ready' } | { kind: 'finishing' } | { kind: 'failed'; message: string; code: string }

/**
 * The one screen a portal administrator sees when the portal opens the app to install it.
 * Finishing tells the portal (`installFinish`), which marks the app installed and reloads
 * the frame: the switchboard appears in its place.
 */
export function Installer() {
  const { frame } = usePortal()
  const [step, setStep] = useState<Step>({ kind: 'ready' })
  const [slow, setSlow] = useState(false)
  const headingId = useId()

  useEffect(() => {
    if (step.kind !== 'finishing') return
    const timer = setTimeout(() => setSlow(true), RELOAD_HINT_AFTER_MS)
    return () => clearTimeout(timer)
  }, [step.kind])

  const finish = () => {
    setStep({ kind: 'finishing' })
    setSlow(false)
    frame.installFinish().catch((error: unknown) => {
      const portalError = toPortalError(error)
      setStep({ kind: 'failed', message: portalError.message, code: portalError.code })
    })
  }

  return (
    <main className="installer" aria-labelledby={headingId}>
      <h1 id={headingId}>Install Open Lines Switchboard</h1>
      <p>
        The switchboard shows every Open Channel of this portal and every connector on one screen —
        Telegram, WhatsApp, Live Chat, Viber and your own REST connectors — says in words whether
        each pair is off, working, not fully set up or failing, and switches any of them with one
        click.
      </p>

      <h2>What the app will be allowed to do</h2>
      <ul className="installer__scopes">
        {SCOPES.map((item) => (
          <li key={item.scope}>
            <strong>{item.title}</strong> (<code>{item.scope}</code>): {item.text}
          </li>
        ))}
      </ul>
      <p>
        It has no server of its own: it runs in your browser and talks only to this portal, with the
        rights of the person using it. Switching a connector off deletes that connector&rsquo;s
        settings on that Open Channel, so the app always asks first.
      </p>

      {frame.isAdmin ? (
        <div className="installer__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={finish}
            disabled={step.kind === 'finishing'}
          >
            Finish installation
          </button>
          <p role="status" className="installer__status">
            {step.kind === 'finishing' &&
              (slow
                ? 'The portal has not reopened the app yet. If nothing happens, reload the page.'
                : 'Finishing the installation…')}
          </p>
        </div>
      ) : (
        <p className="notice">
          Only a portal administrator can finish the installation. Ask your administrator to open
          this app once.
        </p>
      )}
      {step.kind === 'failed' && (
        <div role="alert" className="installer__error">
          <p>The installation could not be finished. {step.message}</p>
          <p className="page-message__code">Error code for support: {step.code}</p>
        </div>
      )}
    </main>
  )
}
