import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../../components/modal-dialog'
import { useSwitchCell } from '../api/switch-cell'
import { useConfirmOffActions, useOffRequest } from '../stores/confirm-off'
import type { Connector } from '../model'

/** Asks before a switch off, because the portal deletes the connector's settings on that line. */
export function ConfirmOffDialog({ connectors }: { connectors: Connector[] }) {
  const request = useOffRequest()
  const { answered, cancelled } = useConfirmOffActions()
  const switchCell = useSwitchCell()
  const [skip, setSkip] = useState(false)
  const { t } = useTranslation()
  const cancelRef = useRef<HTMLButtonElement>(null)
  if (!request) return null

  const builtin = connectors.find((c) => c.id === request.connectorId)?.builtin ?? false

  return (
    <ModalDialog
      title={t('confirmOff.title', { connector: request.connectorName, line: request.lineName })}
      onDismiss={cancelled}
      initialFocusRef={cancelRef}
    >
      <p>{t('confirmOff.text', { line: request.lineName })}</p>
      <label className="checkbox">
        <input type="checkbox" checked={skip} onChange={(event) => setSkip(event.target.checked)} />
        {t('confirmOff.skip')}
      </label>
      <div className="modal__actions">
        <button ref={cancelRef} type="button" className="button" onClick={cancelled}>
          {t('confirmOff.keep')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            answered({ skipFromNowOn: skip })
            switchCell(
              {
                lineId: request.lineId,
                connectorId: request.connectorId,
                builtin,
                lineName: request.lineName,
                connectorName: request.connectorName,
                label: t('cell.label', {
                  connector: request.connectorName,
                  line: request.lineName,
                }),
              },
              false,
            )
          }}
        >
          {t('confirmOff.confirm')}
        </button>
      </div>
    </ModalDialog>
  )
}
