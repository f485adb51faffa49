import { cellNoticeActions } from '../../src/features/switchboard/stores/cell-notices'
import { resetConfirmOff } from '../../src/features/switchboard/stores/confirm-off'

/** zustand stores are module singletons: every test starts from a clean UI state. */
export function resetUiStores() {
  cellNoticeActions().reset()
  resetConfirmOff()
}
