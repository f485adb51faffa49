import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import type { Portal } from '../../portal/model/types'

// What component tests ask of the grid, the way a user or a screen reader finds it.

/** The portal's status row of a (connector, line) pair, if it has one. */
export function portalRow(portal: Portal, connector: string, line: string) {
  return portal.snapshot().statuses.find((s) => s.connector === connector && s.line === line)
}

/** Off in the portal: no row, or the empty row imconnector.status leaves behind. */
export function isOffInPortal(portal: Portal, connector: string, line: string) {
  const found = portalRow(portal, connector, line)
  return (
    !found ||
    (!found.ACTIVE && !found.CONNECTION && !found.REGISTER && Object.keys(found.DATA).length === 0)
  )
}

/** The grid is up and every row's states have been read (no progress bar left). */
export async function gridReady(name = 'Connectors of every Open Channel') {
  const grid = await screen.findByRole('grid', { name }, { timeout: 3000 })
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 3000 })
  return grid
}

export function cell(name: string) {
  return screen.getByRole('switch', { name })
}

/** The state word a switch is described by ("Working", "Off"…). */
export function statusText(switchElement: HTMLElement) {
  const id = switchElement.getAttribute('aria-describedby')?.split(' ')[0]
  return id ? document.getElementById(id)?.textContent : undefined
}

/** Nothing on screen is on its way to the portal any more (within `timeout` ms). */
export async function settled(timeout?: number) {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), {
    timeout,
  })
}
