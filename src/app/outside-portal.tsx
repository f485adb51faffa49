import { useTranslation } from 'react-i18next'

/** Shown when the app is opened directly instead of inside a Bitrix24 portal. */
export function OutsidePortal({ reason }: { reason?: string }) {
  const { t } = useTranslation()
  return (
    <main className="page-message page-message--standalone">
      <h1>{t('outside.title')}</h1>
      <p>{t('outside.intro')}</p>
      <ul>
        <li>{t('outside.install')}</li>
        <li>
          {t('outside.tryBefore')}
          <code>npm start</code>
          {t('outside.tryAfter')}
        </li>
      </ul>
      {reason && <p className="page-message__code">{t('outside.details', { reason })}</p>}
    </main>
  )
}
