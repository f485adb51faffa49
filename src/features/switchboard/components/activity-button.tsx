import { useTranslation } from 'react-i18next'
import {
  ACTIVITY_BUTTON_ID,
  ACTIVITY_PANEL_ID,
  useActivityPanelActions,
  useActivityPanelOpen,
} from '../stores/activity-panel'

/** Opens and closes the Activity side panel; the panel loads on first use (switchboard.tsx). */
export function ActivityButton() {
  const open = useActivityPanelOpen()
  const { toggled } = useActivityPanelActions()
  const { t } = useTranslation()
  return (
    <button
      id={ACTIVITY_BUTTON_ID}
      type="button"
      className="button"
      aria-expanded={open}
      // Only while the panel exists: a reference to a missing element is an ARIA error.
      aria-controls={open ? ACTIVITY_PANEL_ID : undefined}
      onClick={toggled}
    >
      {t('activity.open')}
    </button>
  )
}
