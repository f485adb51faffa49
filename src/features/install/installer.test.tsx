import { QueryClient } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../app/app'
import { APP_TITLE } from '../../app/app-title'
import type { PortalClient, PortalFrame } from '../../bitrix/client'
import { PortalError } from '../../bitrix/errors'
import { createTestFrame } from '../../../test/support/in-process-client'
import { RELOAD_HINT_AFTER_MS } from './installer'

function renderInstaller(overrides: Partial<PortalFrame> = {}) {
  const frame = createTestFrame({ isInstallMode: true, ...overrides })
  // The installer reads nothing from the portal: any REST call is a bug.
  const client: PortalClient = { call: vi.fn(), batch: vi.fn() }
  const connection = {
    client,
    frame,
    portalKey: 'install',
    user: { id: '1', name: 'A', lastName: 'B' },
  }
  const view = render(
    <StrictMode>
      <App connection={connection} queryClient={new QueryClient()} />
    </StrictMode>,
  )
  return { ...view, frame, client }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the installer', () => {
  it('explains the app and its permissions instead of showing the grid', async () => {
    const { client } = renderInstaller()
    expect(await screen.findByRole('heading', { level: 1, name: 'Install Open Lines Switchboard' }))
    const permissions = screen.getByRole('heading', { name: 'What the app will be allowed to do' })
    expect(permissions).toBeVisible()
    const scopes = screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(scopes).toEqual([
      expect.stringMatching(/^Open Channels \(imopenlines\): read/),
      expect.stringMatching(/^Open Channel connectors \(imconnector\): .*switch connectors/),
    ])
    expect(screen.queryByRole('grid')).not.toBeInTheDocument()
    expect(client.call).not.toHaveBeenCalled()
    expect(client.batch).not.toHaveBeenCalled()
  })

  it('finishes the installation once and waits for the portal to reload the frame', async () => {
    const user = userEvent.setup()
    const { frame } = renderInstaller({ installFinish: () => new Promise<void>(() => {}) })
    const spy = vi.spyOn(frame, 'installFinish')
    const button = screen.getByRole('button', { name: 'Finish installation' })
    await user.click(button)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(button).toBeDisabled()
    expect(screen.getByRole('status')).toHaveTextContent('Finishing the installation…')
    await user.click(button)
    expect(spy).toHaveBeenCalledTimes(1)
  })

  it('says how to go on when the portal does not reload the frame', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderInstaller({ installFinish: () => new Promise<void>(() => {}) })
    await user.click(screen.getByRole('button', { name: 'Finish installation' }))
    expect(screen.getByRole('status')).not.toHaveTextContent(/reload the page/)
    act(() => {
      vi.advanceTimersByTime(RELOAD_HINT_AFTER_MS)
    })
    expect(screen.getByRole('status')).toHaveTextContent(/reload the page/)
  })

  it('shows why finishing failed and lets the administrator try again', async () => {
    const user = userEvent.setup()
    const installFinish = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new PortalError({ code: 'NETWORK_ERROR', status: 0 }))
      .mockResolvedValueOnce(undefined)
    renderInstaller({ installFinish })
    const button = screen.getByRole('button', { name: 'Finish installation' })
    await user.click(button)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/could not be finished.*could not be reached/)
    expect(alert).toHaveTextContent('NETWORK_ERROR')
    expect(button).toBeEnabled()
    await user.click(button)
    expect(installFinish).toHaveBeenCalledTimes(2)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('tells someone who is not an administrator who can finish it', () => {
    renderInstaller({ isAdmin: false })
    expect(screen.queryByRole('button', { name: 'Finish installation' })).not.toBeInTheDocument()
    expect(screen.getByText(/Only a portal administrator can finish the installation/))
  })

  it('sets the portal page title once, and leaves a frame that fits alone', async () => {
    const { frame } = renderInstaller()
    await waitFor(() => expect(frame.titles).toEqual([APP_TITLE]))
    await new Promise((resolve) => setTimeout(resolve, 300))
    // jsdom lays nothing out: the content fits the frame the portal gave.
    expect(frame.fits).toEqual([])
    expect(frame.titles).toEqual([APP_TITLE])
  })
})
