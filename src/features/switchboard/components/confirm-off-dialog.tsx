import { useRef, useState } from 'react'
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
  const cancelRef = useRef<HTMLButtonElement>(null)
  if (!request) return null

  const builtin = connectors.find((c) => c.id === request.connectorId)?.builtin ?? false

  return (
    <ModalDialog
      title={`Turn off ${request.connectorName} on ${request.lineName}?`}
      onDismiss={cancelled}
      initialFocusRef={cancelRef}
    >
      <p>
        Bitrix24 deletes this connector’s settings on the “{request.lineName}” Open Channel when it
        is turned off. Turning it back on does not bring them back: the channel will have to be set
        up again.
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={skip} onChange={(event) => setSkip(event.target.checked)} />
        Don’t ask again until I close the app
      </label>
      <div className="modal__actions">
        <button ref={cancelRef} type="button" className="button" onClick={cancelled}>
          Keep it on
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
                label: `${request.connectorName} on ${request.lineName}`,
              },
              false,
            )
          }}
        >
          Turn off and delete settings
        </button>
      </div>
    </ModalDialog>
  )
}
