import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  portalRow,
  isOffInPortal,
  gridReady,
  cell,
  statusText,
  settled,
} from '../support/grid-queries'
import { renderApp } from '../support/render-app'
import { activationFault } from '../support/faults'
import { ROW_OVERSCAN } from '../../src/features/switchboard/grid-geometry'

describe('the switchboard', () => {
  it('shows the grid’s shape while loading, then every line and connector', async () => {
    renderApp()
    expect(screen.getByText('Loading Open Channels and their connectors…')).toBeInTheDocument()
    const grid = await gridReady()
    expect(within(grid).getByRole('rowheader', { name: /^Sales/ })).toBeInTheDocument()
    expect(within(grid).getByRole('rowheader', { name: /Partners.*Inactive/ })).toBeInTheDocument()
    expect(within(grid).getByRole('columnheader', { name: 'Telegram' })).toBeInTheDocument()
    expect(within(grid).getByRole('columnheader', { name: /Shop Chat.*REST/ })).toBeInTheDocument()
    // 8 lines × 13 connectors
    expect(within(grid).getAllByRole('switch')).toHaveLength(104)
  })

  it('marks each connector with a decorative icon, its header still read as its name', async () => {
    renderApp()
    const grid = await gridReady()
    const icon = (name: string | RegExp) => {
      const svg = within(grid).getByRole('columnheader', { name }).querySelector('svg')
      expect(svg).toHaveAttribute('aria-hidden', 'true')
      return svg?.innerHTML
    }
    expect(icon('Telegram')).not.toBe(icon('Viber'))
    // Connectors other apps register share one neutral icon.
    expect(icon(/^Shop Chat/)).toBe(icon(/^Helpdesk Bridge/))
    expect(icon(/^Shop Chat/)).not.toBe(icon('Telegram'))
  })

  it('shows off, working, not configured and error, each in words as well as colour', async () => {
    renderApp()
    await gridReady()
    expect(cell('Telegram on Sales')).toHaveAttribute('aria-checked', 'true')
    expect(statusText(cell('Telegram on Sales'))).toBe('Working')
    expect(cell('WhatsApp on Sales')).toHaveAttribute('aria-checked', 'true')
    expect(statusText(cell('WhatsApp on Sales'))).toBe('Error')
    expect(cell('Telegram on Support')).toHaveAttribute('aria-checked', 'true')
    expect(statusText(cell('Telegram on Support'))).toBe('Setup incomplete')
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'false')
    expect(statusText(cell('Viber on Sales'))).toBe('Off')
  })

  it('switches a connector on at once and the portal holds it', async () => {
    const { user, portal, frame } = renderApp()
    await gridReady()
    await user.click(cell('Viber on Sales'))
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'true')
    await settled()
    expect(portalRow(portal, 'viber', '1')).toMatchObject({
      ACTIVE: true,
      CONNECTION: true,
      REGISTER: true,
      ERROR: false,
    })
    expect(statusText(cell('Viber on Sales'))).toBe('Working')
    // Built-in channels are only marked active through the API: the cell says where setup goes
    // on, beside the switch, and the switch's description says why.
    expect(cell('Viber on Sales')).toHaveAccessibleDescription(/set up in the Contact Center/)
    const setUp = screen.getByRole('button', { name: 'Open Viber settings for Sales' })
    expect(setUp).toHaveTextContent('Set up')
    await user.click(setUp)
    expect(frame.opened).toEqual(['/contact_center/connector/?ID=viber&LINE=1'])
  })

  it('takes the setup action away when the channel is switched off, and back when on', async () => {
    const { user } = renderApp()
    await gridReady()
    const setUp = { name: 'Open Viber settings for Sales' }
    await user.click(cell('Viber on Sales'))
    await settled()
    expect(screen.getByRole('button', setUp)).toBeInTheDocument()

    await user.click(cell('Viber on Sales'))
    await user.click(await screen.findByRole('button', { name: 'Turn off and delete settings' }))
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'false')
    expect(screen.queryByRole('button', setUp)).toBeNull()
    expect(cell('Viber on Sales')).not.toHaveAccessibleDescription(/Contact Center/)
    await settled()
    expect(screen.queryByRole('button', setUp)).toBeNull()

    await user.click(cell('Viber on Sales'))
    await settled()
    expect(screen.getByRole('button', setUp)).toBeInTheDocument()
    expect(cell('Viber on Sales')).toHaveAccessibleDescription(/set up in the Contact Center/)
  })

  it('asks before switching off, because the portal deletes the settings', async () => {
    const { user, portal } = renderApp()
    await gridReady()
    const telegram = cell('Telegram on Sales')
    await user.click(telegram)
    const dialog = await screen.findByRole('dialog', { name: 'Turn off Telegram on Sales?' })
    expect(dialog).toHaveTextContent('deletes this connector’s settings')
    // Cancel keeps everything as it was and gives focus back to the switch.
    await user.click(within(dialog).getByRole('button', { name: 'Keep it on' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(telegram).toHaveFocus()
    expect(portalRow(portal, 'telegrambot', '1')?.DATA.ID).toBe('@examplesalesbot')

    await user.click(telegram)
    await user.click(await screen.findByRole('button', { name: 'Turn off and delete settings' }))
    expect(cell('Telegram on Sales')).toHaveAttribute('aria-checked', 'false')
    await settled()
    expect(isOffInPortal(portal, 'telegrambot', '1')).toBe(true)
    expect(portal.snapshot().events).toContainEqual(
      expect.objectContaining({
        event: 'ONIMCONNECTORSTATUSDELETE',
        data: { connector: 'telegrambot', line: '1' },
      }),
    )
  })

  it('stops asking for the rest of the session when told to', async () => {
    const { user, portal } = renderApp()
    await gridReady()
    await user.click(cell('Telegram on Sales'))
    await user.click(await screen.findByRole('checkbox', { name: /Don’t ask again/ }))
    await user.click(await screen.findByRole('button', { name: 'Turn off and delete settings' }))
    await user.click(cell('Live Chat on Sales'))
    expect(screen.queryByRole('dialog')).toBeNull()
    await settled()
    expect(isOffInPortal(portal, 'livechat', '1')).toBe(true)
  })

  it('puts a failed switch back to the portal’s truth and says why, with the code for support', async () => {
    const { user, portal } = renderApp({
      prepare: (p) =>
        p.setFaults([
          activationFault({ CONNECTOR: 'viber', LINE: '1' }, 'INTERNAL_SERVER_ERROR', {
            status: 500,
            times: 1,
          }),
        ]),
    })
    await gridReady()
    await user.click(cell('Viber on Sales'))
    await waitFor(() => expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'false'))
    expect(
      screen.getByText(/Not switched on: The portal had an internal error/),
    ).toBeInTheDocument()
    expect(screen.getByText('(INTERNAL_SERVER_ERROR)')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Viber on Sales was not switched on. The portal had an internal error',
    )
    expect(isOffInPortal(portal, 'viber', '1')).toBe(true)
    // Nothing else on the screen changed.
    expect(cell('Telegram on Sales')).toHaveAttribute('aria-checked', 'true')

    await user.click(screen.getByRole('button', { name: 'Retry Viber on Sales' }))
    await settled()
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'true')
    expect(screen.queryByText(/Not switched on/)).toBeNull()
    expect(portalRow(portal, 'viber', '1')?.ACTIVE).toBe(true)
  })

  it('ends two quick clicks on one cell in the last click’s state, sent in order', async () => {
    const { user, portal } = renderApp()
    await gridReady()
    const viber = cell('Viber on Sales')
    await user.click(screen.getByRole('switch', { name: 'Telegram on Sales' }))
    await user.click(await screen.findByRole('checkbox', { name: /Don’t ask again/ }))
    await user.click(await screen.findByRole('button', { name: 'Turn off and delete settings' }))
    // Telegram's switch leaves after the dialog's click is drawn (input-first.ts): it is sent
    // and settled before the log starts, so only Viber's clicks are in it.
    await settled()
    portal.clearLog()
    await user.click(viber)
    await user.click(viber)
    expect(viber).toHaveAttribute('aria-checked', 'false')
    await settled()
    await waitFor(() => expect(statusText(viber)).toBe('Off'))
    expect(isOffInPortal(portal, 'viber', '1')).toBe(true)
    const activations = portal
      .log()
      .filter((entry) => entry.method === 'imconnector.activate')
      .map((entry) => entry.params.ACTIVE)
    expect(activations).toEqual([1, 0])
  })

  it('switches many cells at once; failures come back alone, successes stay', async () => {
    const { user, portal } = renderApp({
      prepare: (p) =>
        p.setFaults([
          activationFault({ LINE: '2', CONNECTOR: 'facebook' }, 'ACCESS_DENIED', { status: 400 }),
          activationFault({ LINE: '4', CONNECTOR: 'viber' }, 'QUERY_LIMIT_EXCEEDED', {
            status: 503,
          }),
        ]),
    })
    await gridReady()
    const names = [
      'Viber on Sales',
      'Facebook on Support',
      'Viber on Returns',
      'Facebook on Night shift',
      'Viber on VIP Support',
    ]
    for (const name of names) await user.click(cell(name))
    await settled()
    await waitFor(() =>
      expect(cell('Facebook on Support')).toHaveAttribute('aria-checked', 'false'),
    )
    expect(cell('Viber on Returns')).toHaveAttribute('aria-checked', 'false')
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'true')
    expect(cell('Facebook on Night shift')).toHaveAttribute('aria-checked', 'true')
    expect(cell('Viber on VIP Support')).toHaveAttribute('aria-checked', 'true')
    const grid = screen.getByRole('grid')
    expect(within(grid).getByText(/right to connect communication channels/)).toBeInTheDocument()
    expect(within(grid).getByText(/too many requests/)).toBeInTheDocument()
    expect(portalRow(portal, 'viber', '1')?.ACTIVE).toBe(true)
    expect(isOffInPortal(portal, 'facebook', '2')).toBe(true)
    expect(isOffInPortal(portal, 'viber', '4')).toBe(true)
  })

  it('treats “already off” (false) as success', async () => {
    const { user, portal, queryClient } = renderApp()
    await gridReady()
    // Another admin switched it off behind our back; the grid still shows it on.
    await portal.rest({
      method: 'imconnector.activate',
      params: { CONNECTOR: 'telegrambot', LINE: '1', ACTIVE: 0 },
      token: portal.issueAuth().access_token,
    })
    await user.click(cell('Telegram on Sales'))
    await user.click(await screen.findByRole('button', { name: 'Turn off and delete settings' }))
    await settled()
    expect(cell('Telegram on Sales')).toHaveAttribute('aria-checked', 'false')
    expect(screen.queryByText(/Not switched/)).toBeNull()
    expect(queryClient.isMutating()).toBe(0)
  })

  it('gives a user without the connector right the lines alone and says whom to ask', async () => {
    renderApp({ scenario: { scenario: 'readonly' } })
    expect(
      await screen.findByText(/lacks the “Connect communication channels” permission/),
    ).toBeInTheDocument()
    expect(screen.getByText(/Ask your portal administrator/)).toBeInTheDocument()
    expect(
      within(screen.getByRole('list', { name: 'Open Channels' })).getAllByRole('listitem'),
    ).toHaveLength(8)
    expect(screen.queryByRole('switch')).toBeNull()
  })

  it('tells an empty portal how to create an Open Channel', async () => {
    const { user, frame } = renderApp({ scenario: { scenario: 'empty' } })
    expect(await screen.findByRole('heading', { name: 'No Open Channels yet' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Open the Contact Center' }))
    expect(frame.opened).toEqual(['/contact_center/'])
  })

  it('reads 63 lines and all their states in 4 requests, and windows the rows it draws', async () => {
    const { portal, user } = renderApp({
      scenario: { scenario: 'large', lines: 63, connectors: 2 },
    })
    const grid = await gridReady()
    expect(grid).toHaveAttribute('aria-rowcount', '64')
    // Lines and connectors share the first batch; 63 × 2 states take ⌈126 ÷ 50⌉ more.
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull())
    const batches = portal.log().filter((entry) => entry.method === 'batch')
    expect(batches).toHaveLength(4)
    const first = batches[0]?.commands?.map((command) => command.method) ?? []
    expect(first[0]).toBe('imconnector.list')
    expect(first.filter((method) => method === 'imopenlines.config.list.get')).toHaveLength(10)
    expect(batches.slice(1).reduce((sum, entry) => sum + (entry.commands?.length ?? 0), 0)).toBe(
      126,
    )
    expect(portal.log().filter((entry) => entry.method !== 'batch')).toHaveLength(0)
    // Only the rows in view (plus a few) are in the page, yet the keyboard reaches the last.
    const drawn = within(grid).getAllByRole('rowheader').length
    expect(drawn).toBeLessThan(40)
    const lastLine = portal.snapshot().lines.at(-1)?.LINE_NAME ?? ''
    act(() => (within(grid).getAllByRole('switch')[0] as HTMLElement).focus())
    await user.keyboard('{Control>}{End}{/Control}')
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: `Telegram on ${lastLine}` })).toHaveFocus(),
    )
  })

  // The rows drawn beyond the screen once it is read used to send a small request of their
  // own when they mounted before the rest were queued: five requests, not four, depending on
  // when the answers came. Answers delayed unevenly (seeded) vary that timing.
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'still needs 4 requests for 63 lines when the answers come at uneven times (seed %i)',
    async (seed) => {
      const { portal } = renderApp({
        scenario: { scenario: 'large', lines: 63, connectors: 2 },
        prepare: (p) =>
          p.setFaults([
            { method: 'batch', latencyMs: 1 + (seed % 4) * 20, probability: 0.5, seed },
          ]),
      })
      await gridReady()
      const batches = portal.log().filter((entry) => entry.method === 'batch')
      expect(batches.map((entry) => entry.commands?.length)).toHaveLength(4)
      expect(batches.reduce((sum, entry) => sum + (entry.commands?.length ?? 0), 0)).toBe(11 + 126)
    },
  )

  it('draws the rows in view first, and a few rows beyond them once those are read', async () => {
    renderApp({
      scenario: { scenario: 'large', lines: 63, connectors: 2 },
      // The states take a while, as on a cloud portal: the grid is drawn before they come.
      prepare: (p) => p.setFaults([{ method: 'batch', latencyMs: 300 }]),
    })
    const grid = await screen.findByRole('grid', {}, { timeout: 3000 })
    const inView = within(grid).getAllByRole('rowheader').length
    expect(within(grid).getAllByRole('switch')[0]).toHaveAttribute('data-state', 'loading')
    // The rows below the view are there before anyone scrolls, but after the rows in view.
    await waitFor(() =>
      expect(within(grid).getAllByRole('rowheader')).toHaveLength(inView + ROW_OVERSCAN),
    )
    expect(within(grid).getAllByRole('switch')[0]).not.toHaveAttribute('data-state', 'loading')
  })

  it('says why the grid could not load and loads again on request', async () => {
    const { user, portal } = renderApp({
      prepare: (p) =>
        p.setFaults([
          { method: 'imconnector.list', error: 'INTERNAL_SERVER_ERROR', status: 500, times: 1 },
        ]),
    })
    expect(
      await screen.findByRole('heading', { name: 'The Open Channels could not be loaded' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/INTERNAL_SERVER_ERROR/)).toBeInTheDocument()
    expect(portal.snapshot().faults).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await gridReady()
  })
})
