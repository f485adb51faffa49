import { onlineManager } from '@tanstack/react-query'
import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createManualClock } from '../../portal/model/clock'
import { resumeTime } from '../../src/i18n/error-message'
import { portalRow, gridReady, cell, isOffInPortal, settled } from '../support/grid-queries'
import { renderApp } from '../support/render-app'

// Faults the app handles on its own (issue 5): each ends with the screen equal to the
// portal and the user told, in words and with the code for support, what happened.

describe('faults the app handles on its own', () => {
  afterEach(() => {
    onlineManager.setOnline(true)
  })

  it('pauses switching when the portal blocks it for operating time, says until when, and resumes', async () => {
    const clock = createManualClock(Date.now())
    const { user, portal } = renderApp({
      clock,
      // One switch that runs 490 s: past the portal's 480 s in 10 minutes, so the portal
      // itself blocks imconnector.activate from then on (no injected error).
      prepare: (p) =>
        p.setFaults([
          {
            method: 'imconnector.activate',
            match: { CONNECTOR: 'viber', LINE: '1' },
            latencyMs: 490_000,
            times: 1,
          },
        ]),
    })
    await gridReady()
    await user.click(cell('Viber on Sales'))
    await settled()
    expect(portalRow(portal, 'viber', '1')?.ACTIVE).toBe(true)
    // The answer's time.operating_reset_at: the slow call leaves the window 10 minutes after.
    const resumesAt = Math.ceil((clock.now() + 600_000) / 1000) * 1000 + 1000
    const activations = () =>
      portal.log().filter((entry) => entry.method === 'imconnector.activate').length

    await user.click(cell('Facebook on Sales'))
    await settled()
    expect(
      portal
        .log()
        .filter((entry) => entry.method === 'imconnector.activate')
        .at(-1),
    ).toMatchObject({ status: 429, error: 'OPERATION_TIME_LIMIT' })
    expect(cell('Facebook on Sales')).toHaveAttribute('aria-checked', 'false')
    const sentence = `The portal has paused these requests because earlier ones took too long. They resume at ${resumeTime(resumesAt, 'en')}.`
    expect(screen.getByText(`Not switched on: ${sentence}`, { exact: false })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      `Facebook on Sales was not switched on. ${sentence}`,
    )

    // While paused, a switch fails at once, without reaching the portal.
    const sent = activations()
    await user.click(cell('Instagram Direct on Sales'))
    await settled()
    expect(activations()).toBe(sent)
    expect(cell('Instagram Direct on Sales')).toHaveAttribute('aria-checked', 'false')
    expect(isOffInPortal(portal, 'fbinstagramdirect', '1')).toBe(true)

    // Other methods keep working: the grid reads the portal again.
    portal.clearLog()
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    await settled()
    expect(portal.log().map((entry) => [entry.method, entry.status])).toContainEqual(['batch', 200])
    expect(screen.queryByText(/could not be refreshed/)).toBeNull()

    // Past the resume time the same switch goes through.
    act(() => clock.set(resumesAt))
    await user.click(screen.getByRole('button', { name: 'Retry Facebook on Sales' }))
    await settled()
    expect(cell('Facebook on Sales')).toHaveAttribute('aria-checked', 'true')
    expect(portalRow(portal, 'facebook', '1')?.ACTIVE).toBe(true)
    expect(cell('Facebook on Sales')).not.toHaveAccessibleDescription(/paused/)
    // The switch refused during the pause still says so, until the user retries it.
    expect(cell('Instagram Direct on Sales')).toHaveAccessibleDescription(/paused/)
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

  it('does not say offline for a click that waits behind an earlier one on the same cell', async () => {
    const { user, portal } = renderApp({
      prepare: (p) =>
        p.setFaults([
          {
            method: 'imconnector.activate',
            match: { CONNECTOR: 'viber', LINE: '1' },
            // Long enough that the first switch is still on its way when the test looks, on
            // a loaded CI machine too (1.5 s was not: both switches had settled by then).
            latencyMs: 4_000,
            times: 1,
          },
        ]),
    })
    await gridReady()
    await user.click(cell('Viber on Sales'))
    // The second click queues behind the first, still on its way: react-query calls it
    // paused, as it does a switch made offline.
    await user.click(cell('Viber on Sales'))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Turn off and delete settings' }))
    expect(cell('Viber on Sales')).toHaveAttribute('aria-busy', 'true')
    expect(screen.queryByRole('note', { name: 'Offline' })).toBeNull()
    await settled(8_000)
    expect(portalRow(portal, 'viber', '1')?.ACTIVE ?? false).toBe(false)
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'false')
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
