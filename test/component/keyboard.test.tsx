import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'

describe('keyboard use of the grid', () => {
  it('has one tab stop; arrows, Home and End move between switches; Space switches', async () => {
    const { user, portal } = renderApp()
    await screen.findByRole('grid', {}, { timeout: 3000 })
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull())
    await screen.findByRole('search')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Refresh' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Activity' })).toHaveFocus()
    // The search and the filters come between the toolbar and the grid, in reading order.
    await user.tab()
    expect(screen.getByRole('searchbox')).toHaveFocus()
    await user.tab()
    await user.tab()
    await user.tab()
    expect(screen.getByRole('checkbox', { name: 'Only connectors in use' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('combobox', { name: 'Connectors' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('switch', { name: 'Live Chat on Sales' })).toHaveFocus()
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(screen.getByRole('switch', { name: 'Viber on Sales' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('switch', { name: 'Viber on Support' })).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('switch', { name: 'SMS Gateway on Support' })).toHaveFocus()
    await user.keyboard('{Control>}{Home}{/Control}')
    expect(screen.getByRole('switch', { name: 'Live Chat on Sales' })).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowLeft}')
    expect(screen.getByRole('switch', { name: 'Live Chat on Sales' })).toHaveFocus()

    // Only one switch is in the tab order: Tab leaves the grid.
    expect(screen.getAllByRole('switch').filter((s) => s.tabIndex === 0)).toHaveLength(1)

    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(screen.getByRole('switch', { name: 'Viber on VIP Support' })).toHaveFocus()
    await user.keyboard(' ')
    expect(screen.getByRole('switch', { name: 'Viber on VIP Support' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    await screen.findByText(/set up in the Contact Center/)
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull())
    expect(
      portal.snapshot().statuses.find((s) => s.connector === 'viber' && s.line === '3')?.ACTIVE,
    ).toBe(true)
  })

  it('traps focus in the confirmation and gives it back on Escape', async () => {
    const { user } = renderApp()
    await screen.findByRole('grid', {}, { timeout: 3000 })
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull())
    const telegram = screen.getByRole('switch', { name: 'Telegram on Sales' })
    act(() => telegram.focus())
    await user.keyboard(' ')
    const dialog = await screen.findByRole('dialog', { name: 'Turn off Telegram on Sales?' })
    expect(screen.getByRole('button', { name: 'Keep it on' })).toHaveFocus()
    // Everything around the dialog is inert while it is open, except the live region.
    expect(telegram.closest('[inert]')).not.toBeNull()
    expect(dialog.closest('[inert]')).toBeNull()
    expect(screen.getByRole('status').closest('[inert]')).toBeNull()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Turn off and delete settings' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('checkbox', { name: /Don’t ask again/ })).toHaveFocus()
    await user.tab({ shift: true })
    expect(screen.getByRole('button', { name: 'Turn off and delete settings' })).toHaveFocus()
    expect(dialog).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.querySelector('[inert]')).toBeNull()
    expect(telegram).toHaveFocus()
    expect(telegram).toHaveAttribute('aria-checked', 'true')
  })
})
