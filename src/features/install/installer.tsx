import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from '../../app/portal-context'
import { toPortalError } from '../../bitrix/errors'
import { errorMessage } from '../../i18n/error-message'
import './installer.css'

/** After this long without the portal reloading the frame, say how to go on. */
export const RELOAD_HINT_AFTER_MS = 10_000

/** What the app may do once installed, as the local application asks for it (catalogue keys). */
export const SCOPES = [
  {
    scope: 'imopenlines',
    title: 'installer.scopeImopenlinesTitle',
    text: 'installer.scopeImopenlinesText',
  },
  {
    scope: 'imconnector',
    title: 'installer.scopeImconnectorTitle',
    text: 'installer.scopeImconnectorText',
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
  const { t, i18n } = useTranslation()
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
      setStep({ kind: 'failed', message: errorMessage(i18n, portalError), code: portalError.code })
    })
  }

  return (
    <main className="installer" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('installer.title')}</h1>
      <p>{t('installer.intro')}</p>

      <h2>{t('installer.allowedTitle')}</h2>
      <ul className="installer__scopes">
        {SCOPES.map((item) => (
          <li key={item.scope}>
            <strong>{t(item.title)}</strong> (<code>{item.scope}</code>): {t(item.text)}
          </li>
        ))}
      </ul>
      <p>{t('installer.noServer')}</p>

      {frame.isAdmin ? (
        <div className="installer__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={finish}
            disabled={step.kind === 'finishing'}
          >
            {t('installer.finish')}
          </button>
          <p role="status" className="installer__status">
            {step.kind === 'finishing' && (slow ? t('installer.slow') : t('installer.finishing'))}
          </p>
        </div>
      ) : (
        <p className="notice">{t('installer.adminOnly')}</p>
      )}
      {step.kind === 'failed' && (
        <div role="alert" className="installer__error">
          <p>{t('installer.failed', { message: step.message })}</p>
          <p className="page-message__code">{t('common.errorCode', { code: step.code })}</p>
        </div>
      )}
    </main>
  )
}
