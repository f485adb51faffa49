import { memo } from 'react'
import { usePortal } from '../../../app/portal-context'
import { useFixedT } from '../../../i18n/use-fixed-t'

interface SetupActionProps {
  connectorId: string
  connectorName: string
  lineId: string
  lineName: string
  /** Whether setup is still to be done; when not, the action is hidden in place. */
  shown: boolean
  /** The id the switch's description points to while the action is shown. */
  descriptionId: string
}

/**
 * For a built-in channel switched on: the portal only marks it active through the API, and
 * its setup goes on in the Contact Center. Memoised: the cell re-renders on every busy and
 * status change, the action only when it is shown or hidden.
 *
 * Hidden, it keeps its box (styles.css), out of reach and of the accessibility tree: taken
 * out, it made the next click (the channel switched off again) lay the grid out and hit-test
 * the pointer before its frame (`npm run bench` at 1,000 × 40, decision 008).
 */
export const SetupAction = memo(function SetupAction({
  connectorId,
  connectorName,
  lineId,
  lineName,
  shown,
  descriptionId,
}: SetupActionProps) {
  const { frame } = usePortal()
  const { t } = useFixedT()
  return (
    <>
      <button
        type="button"
        className="link-button cell__setup"
        hidden={!shown}
        aria-label={t('cell.openSettingsLabel', { connector: connectorName, line: lineName })}
        title={t('cell.setup')}
        onClick={() => {
          void frame.openPath(
            `/contact_center/connector/?ID=${encodeURIComponent(connectorId)}&LINE=${encodeURIComponent(lineId)}`,
          )
        }}
      >
        {t('cell.setUp')}
      </button>
      {/* What the action means, for the switch's description (a description may come from
          hidden text). Never displayed, so never laid out, shown or not. */}
      <span id={shown ? descriptionId : undefined} hidden>
        {t('cell.setup')}
      </span>
    </>
  )
})
