import { resetActivityLog } from '../../src/features/switchboard/stores/activity-log'
import { resetActivityPanel } from '../../src/features/switchboard/stores/activity-panel'
import { bulkRunActions } from '../../src/features/switchboard/stores/bulk-run'
import { cellNoticeActions } from '../../src/features/switchboard/stores/cell-notices'
import { resetConfirmOff } from '../../src/features/switchboard/stores/confirm-off'
import { forgetFilterStores } from '../../src/features/switchboard/stores/filters'
import { selectionActions } from '../../src/features/switchboard/stores/selection'

/**
 * zustand stores are module singletons: every test starts from a clean UI state. What is
 * kept in localStorage stays, as over a reload (setup.ts empties it after each test).
 */
export function resetUiStores() {
  cellNoticeActions().reset()
  resetConfirmOff()
  selectionActions().cleared()
  bulkRunActions().reset()
  forgetFilterStores()
  resetActivityLog()
  resetActivityPanel()
}
