import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { activityActions } from '../../src/features/switchboard/stores/activity-log'
import { cell, gridReady, isOffInPortal, portalRow, settled } from '../support/grid-queries'
import { renderApp } from '../support/render-app'
import { activationFault } from '../support/faults'

// The Activity panel (issue 7): every change made from the app, who made it, how it ended,
// undo for a minute where undo is safe, kept across visits, exportable.

async function openActivity(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Activity' }))
  const panel = await screen.findByRole('complementary', { name: 'Activity' })
  return panel
}

const entries = (panel: HTMLElement) => within(panel).getAllByRole('listitem')

/** The newest entry of the panel. */
function newest(panel: HTMLElement): HTMLElement {
  const [entry] = entries(panel)
  if (!entry) throw new Error('the log is empty')
  return entry
}

describe('the activity log', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('lists a switch with who, what and the result; focus moves in and back', async () => {
    const { user } = renderApp()
    await gridReady()
    await user.click(cell('Viber on Sales'))
    await settled()

    const button = screen.getByRole('button', { name: 'Activity' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    let panel = await openActivity(user)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(within(panel).getByRole('heading', { name: 'Activity' })).toHaveFocus()
    const entry = newest(panel)
    expect(entry).toHaveTextContent(/Test Admin/)
    expect(entry).toHaveTextContent(/Viber on Sales off → on Done/)
    expect(within(entry).getByText('this minute')).toBeInTheDocument()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('complementary', { name: 'Activity' })).toBeNull()
    expect(button).toHaveFocus()

    // Not modal: the grid stays usable while the panel is open, and the panel follows it.
    panel = await openActivity(user)
    const other = screen
      .getAllByRole('switch')
      .find((s) => s.getAttribute('aria-checked') === 'false' && s !== cell('Viber on Sales'))
    if (!other) throw new Error('the demo portal has no second connector off')
    await user.click(other)
    await settled()
    await waitFor(() => expect(entries(panel)).toHaveLength(2))
    expect(entries(panel)[0]).toHaveTextContent(`${other.getAttribute('aria-label')} off → on`)
    await user.click(within(panel).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('complementary', { name: 'Activity' })).toBeNull()
    expect(button).toHaveFocus()
  })

  it('shows why a switch failed, with the code for support', async () => {
    const { user } = renderApp({
      prepare: (p) =>
        p.setFaults([
          activationFault({ CONNECTOR: 'viber', LINE: '1' }, 'ACCESS_DENIED', {
            status: 403,
            times: 1,
          }),
        ]),
    })
    await gridReady()
    await user.click(cell('Viber on Sales'))
    await settled()
    const entry = newest(await openActivity(user))
    expect(entry).toHaveTextContent(
      'Failed: You do not have the right to connect communication channels.',
    )
    expect(within(entry).getByText('(ACCESS_DENIED)')).toBeInTheDocument()
    // Nothing was turned on, so there is nothing to undo.
    expect(within(entry).queryByRole('button', { name: /^Undo/ })).toBeNull()
  })

  it('undoes a switch on within a minute: the cell is off again, in the portal too', async () => {
    const { user, portal } = renderApp()
    await gridReady()
    await user.click(cell('Viber on Sales'))
    await settled()
    expect(portalRow(portal, 'viber', '1')?.ACTIVE).toBe(true)

    const panel = await openActivity(user)
    await user.click(within(panel).getByRole('button', { name: 'Undo Viber on Sales' }))
    const dialog = screen.getByRole('dialog', { name: 'Turn Viber on Sales off again?' })
    expect(dialog).toHaveTextContent(/Anything set up since it was turned on/)
    await user.click(within(dialog).getByRole('button', { name: 'Turn off and delete settings' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    // Focus stays in the entry, on the words that replaced the button.
    expect(within(panel).getByText(/^(Undoing…|Undone)$/)).toHaveFocus()
    await settled()
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'false')
    expect(isOffInPortal(portal, 'viber', '1')).toBe(true)
    // The undo is an entry of its own; the undone one says so instead of offering it again.
    await waitFor(() => expect(entries(panel)).toHaveLength(2))
    expect(entries(panel)[0]).toHaveTextContent(/Viber on Sales on → off Done/)
    expect(entries(panel)[1]).toHaveTextContent('Undone')
    expect(within(panel).queryByRole('button', { name: /^Undo/ })).toBeNull()
  })

  it('asks before undoing, and sends nothing when the administrator keeps the channel on', async () => {
    const { user, portal } = renderApp()
    await gridReady()
    await user.click(cell('Viber on Sales'))
    await settled()
    const panel = await openActivity(user)
    portal.clearLog()
    const undo = within(panel).getByRole('button', { name: 'Undo Viber on Sales' })

    // Escape answers the question, not the panel around it.
    await user.click(undo)
    expect(screen.getByRole('button', { name: 'Keep it on' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('complementary', { name: 'Activity' })).toBeInTheDocument()
    expect(undo).toHaveFocus()

    await user.click(undo)
    await user.click(screen.getByRole('button', { name: 'Keep it on' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(undo).toHaveFocus()
    await settled()
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'true')
    expect(portal.log()).toEqual([])
    expect(portalRow(portal, 'viber', '1')?.ACTIVE).toBe(true)
  })

  it('undoes a bulk change after one question for all its cells', async () => {
    const { user, portal } = renderApp()
    await gridReady()
    await screen.findByRole('region', { name: 'Bulk change' })
    await user.keyboard('{Control>}')
    await user.click(cell('Viber on Sales'))
    await user.click(cell('Facebook on Sales'))
    await user.keyboard('{/Control}')
    const bulk = screen.getByRole('region', { name: 'Bulk change' })
    await user.click(within(bulk).getByRole('button', { name: 'Turn on' }))
    await settled()
    expect(portalRow(portal, 'viber', '1')?.ACTIVE).toBe(true)
    expect(portalRow(portal, 'facebook', '1')?.ACTIVE).toBe(true)

    const panel = await openActivity(user)
    await user.click(within(panel).getByRole('button', { name: 'Undo 2 connectors on Sales' }))
    const dialog = screen.getByRole('dialog', {
      name: 'Turn 2 connectors on Sales off again?',
    })
    expect(dialog).toHaveTextContent(/Anything set up since they were turned on/)
    expect(within(dialog).getByRole('button', { name: 'Keep them on' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Turn off and delete settings' }))
    await settled()
    expect(isOffInPortal(portal, 'viber', '1')).toBe(true)
    expect(isOffInPortal(portal, 'facebook', '1')).toBe(true)
    await waitFor(() => expect(entries(panel)[0]).toHaveTextContent(/on → off: 2 done/))
  })

  it('offers no undo for a switch off, and says why', async () => {
    const { user } = renderApp()
    await gridReady()
    await user.click(cell('Telegram on Sales'))
    const dialog = await screen.findByRole('dialog', { name: 'Turn off Telegram on Sales?' })
    await user.click(within(dialog).getByRole('button', { name: 'Turn off and delete settings' }))
    await settled()
    const entry = newest(await openActivity(user))
    expect(entry).toHaveTextContent(/Telegram on Sales on → off Done/)
    expect(within(entry).queryByRole('button', { name: /^Undo/ })).toBeNull()
    expect(entry).toHaveTextContent(
      'No undo: turning it back on cannot restore the deleted settings.',
    )
  })

  it('stops offering undo 60 seconds after the change, while the panel is open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { portal } = renderApp()
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    await gridReady()
    await user.click(cell('Viber on Sales'))
    await settled()
    const panel = await openActivity(user)
    const undo = within(panel).getByRole('button', { name: 'Undo Viber on Sales' })
    act(() => vi.advanceTimersByTime(58_000))
    expect(undo).toBeInTheDocument()
    // A question asked within the minute stays answerable past it; kept on then, the
    // Undo button is gone and the focus goes to its entry, not to the page's body.
    await user.click(undo)
    act(() => vi.advanceTimersByTime(2_000))
    expect(screen.getByRole('dialog', { name: 'Turn Viber on Sales off again?' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Keep it on' }))
    expect(within(panel).queryByRole('button', { name: /^Undo/ })).toBeNull()
    expect(newest(panel)).toHaveFocus()
    expect(
      portal.snapshot().statuses.find((s) => s.connector === 'viber' && s.line === '1')?.ACTIVE,
    ).toBe(true)
  })

  it('keeps the log when the app is opened again', async () => {
    const first = renderApp()
    await gridReady()
    await first.user.click(cell('Viber on Sales'))
    await settled()
    // Opened again after a reload: the browser leaves the page first.
    window.dispatchEvent(new Event('pagehide'))
    first.unmount()

    const { user } = renderApp()
    await gridReady()
    const entry = newest(await openActivity(user))
    expect(entry).toHaveTextContent(/Viber on Sales off → on Done/)
  })

  it('shows a bulk change as one entry that expands to its items', async () => {
    const { user } = renderApp()
    await gridReady()
    const item = { connectorId: 'telegrambot', connectorName: 'Telegram' }
    act(() =>
      activityActions().recorded({
        id: 'bulk-1',
        at: Date.now(),
        user: { id: '2', name: 'Olga', lastName: '' },
        action: 'on',
        items: [
          { ...item, lineId: '1', lineName: 'Sales', result: 'done' },
          {
            ...item,
            lineId: '2',
            lineName: 'Support',
            result: 'failed',
            code: 'ACCESS_DENIED',
            message: 'No right.',
          },
          { ...item, lineId: '3', lineName: 'Partners', result: 'skipped' },
        ],
      }),
    )
    const panel = await openActivity(user)
    const disclosure = within(panel).getByRole('button', {
      name: 'Telegram on 3 lines off → on: 1 done, 1 failed, 1 skipped',
    })
    expect(disclosure).toHaveAttribute('aria-expanded', 'false')
    expect(within(panel).queryByText(/Telegram on Support/)).toBeNull()
    await user.click(disclosure)
    expect(disclosure).toHaveAttribute('aria-expanded', 'true')
    const list = document.getElementById(disclosure.getAttribute('aria-controls') ?? '')
    if (!list) throw new Error('the disclosure controls no list')
    const items = within(list)
    expect(items.getByText(/Telegram on Support/)).toHaveTextContent(
      'Failed: No right. (ACCESS_DENIED)',
    )
    expect(items.getByText(/Telegram on Partners/)).toHaveTextContent('Skipped')
    expect(entries(panel)[0]).toHaveTextContent('Olga')
    // Only the cell that was turned on is turned back off, and the question names it alone.
    await user.click(within(panel).getByRole('button', { name: 'Undo Telegram on 3 lines' }))
    const dialog = screen.getByRole('dialog', { name: 'Turn Telegram on Sales off again?' })
    expect(dialog).toHaveTextContent(/since it was turned on/)
    expect(within(dialog).getByRole('button', { name: 'Keep it on' })).toHaveFocus()
  })

  it('exports the log as CSV, one row per change', async () => {
    const { user } = renderApp()
    await gridReady()
    await user.click(cell('Viber on Sales'))
    await settled()
    let blob: Blob | undefined
    const createObjectURL = vi.fn((value: Blob) => {
      blob = value
      return 'blob:activity'
    })
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const panel = await openActivity(user)
    await user.click(within(panel).getByRole('button', { name: 'Export CSV' }))
    expect(click).toHaveBeenCalledOnce()
    expect(click.mock.contexts[0]).toHaveProperty('download', expect.stringMatching(/\.csv$/))
    expect(blob?.type).toBe('text/csv;charset=utf-8')
    if (!blob) throw new Error('no file was made')
    const text = await blob.text()
    const [header, row, end] = text.replace(/^\uFEFF/, '').split('\r\n')
    expect(header).toBe('Time,User,Action,Open Channel,Connector,Result,Error code,Message')
    expect(row).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,Test Admin,on,Sales,Viber,done,,$/)
    expect(end).toBe('')
  })
})
