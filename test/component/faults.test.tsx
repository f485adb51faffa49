import { onlineManager } from '@tanstack/react-query'
import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { portalRow, gridReady, cell, settled } from '../support/grid-queries'
import { renderApp } from '../support/render-app'

// Faults the app handles on its own (issue 5): each ends with the screen equal to the
// portal and the user told, in words and with the code for support, what happened.

describe('faults the app handles on its own', () => {
  afterEach(() => {
    onlineManager.setOnline(true)
  })

  it('says when a switch the portal paused (OPERATION_TIME_LIMIT) can be tried again', async () => {
    const { user, portal } = renderApp({
      prepare: (p) =>
        p.setFaults([
          {
            method: 'imconnector.activate',
            match: { CONNECTOR: 'viber', LINE: '1' },
            error: 'OPERATION_TIME_LIMIT',
            status: 429,
            description: 'Method is blocked due to operation time limit.',
            times: 1,
          },
        ]),
    })
    await gridReady()
    await user.click(cell('Viber on Sales'))
    await settled()
    // Back to the portal's truth.
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'false')
    expect(portalRow(portal, 'viber', '1')?.ACTIVE ?? false).toBe(false)
    expect(
      screen.getByText(/Not switched on: The portal has paused these changes for a while/),
    ).toHaveTextContent(/up to 10 minutes.*Try again in about 10 minutes/)
    expect(screen.getByText('(OPERATION_TIME_LIMIT)')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Viber on Sales was not switched on. The portal has paused these changes',
    )
  })

  it('keeps a switch made offline visible and sends it when the connection is back', async () => {
    const { user, portal } = renderApp()
    await gridReady()
    act(() => onlineManager.setOnline(false))
    await user.click(cell('Viber on Sales'))
    // The user's intent stays on screen, busy, and the page says what will happen to it.
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'true')
    expect(cell('Viber on Sales')).toHaveAttribute('aria-busy', 'true')
    expect(await screen.findByRole('note', { name: 'Offline' })).toHaveTextContent(
      'No connection: 1 change will be sent when the connection is back.',
    )
    expect(portalRow(portal, 'viber', '1')?.ACTIVE ?? false).toBe(false)

    act(() => onlineManager.setOnline(true))
    await settled()
    expect(portalRow(portal, 'viber', '1')?.ACTIVE).toBe(true)
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'true')
    expect(screen.queryByRole('note', { name: 'Offline' })).toBeNull()
    // Sent once: repeating it would be harmless (a switch carries its absolute target).
    expect(portal.log().filter((entry) => entry.method === 'imconnector.activate')).toHaveLength(1)
  })

  it('shows a clear load error with its code when the first answer is malformed', async () => {
    const { user, portal } = renderApp({
      prepare: (p) =>
        p.setFaults([
          { method: 'imconnector.list', error: 'MALFORMED_RESPONSE', status: 200, times: 1 },
        ]),
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The Open Channels could not be loaded')
    expect(alert).toHaveTextContent('The portal sent an answer the app could not read.')
    expect(alert).toHaveTextContent('Error code for support: MALFORMED_RESPONSE')
    expect(screen.queryByText('Something went wrong in the switchboard')).toBeNull()
    expect(portal.snapshot().faults).toHaveLength(0)
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await gridReady()
  })

  it('shows a cell whose status could not be read as Unknown, with the reason', async () => {
    renderApp({
      prepare: (p) =>
        p.setFaults([
          {
            method: 'imconnector.status',
            match: { CONNECTOR: 'viber', LINE: '1' },
            error: 'ERROR_UNEXPECTED_ANSWER',
            status: 200,
          },
        ]),
    })
    await gridReady()
    const viber = cell('Viber on Sales')
    expect(viber).toHaveAccessibleDescription(
      /^Unknown.*The portal answered unexpectedly.*ERROR_UNEXPECTED_ANSWER/,
    )
    // The rest of the grid reads normally.
    expect(cell('Telegram on Sales')).toHaveAccessibleDescription('Working')
    expect(cell('WhatsApp on Sales')).toHaveAccessibleDescription('Error')
  })
})
