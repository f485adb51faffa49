import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusBadge } from './status-badge'

export const Legend = memo(function Legend() {
  const { t } = useTranslation()
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      <li>
        <StatusBadge status="working" /> {t('legend.working')}
      </li>
      <li>
        <StatusBadge status="unconfigured" /> {t('legend.unconfigured')}
      </li>
      <li>
        <StatusBadge status="error" /> {t('legend.error')}
      </li>
      <li>
        <StatusBadge status="off" /> {t('legend.off')}
      </li>
    </ul>
  )
})
