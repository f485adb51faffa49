import 'fake-indexeddb/auto'
import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createWarmStart } from '../../src/app/persistence'
import { renderApp, TEST_USER } from '../support/render-app'

describe('warm start', () => {
  it('shows the last known grid at once, marked with its time, then the portal’s fresh states', async () => {
    const connection = { portalKey: `warm-${Math.random()}`, user: TEST_USER }
    // First visit: the grid loads and is kept.
    const first = renderApp({
      warmStart: createWarmStart(connection),
      portalKey: connection.portalKey,
    })
    await screen.findByRole('grid', {}, { timeout: 3000 })
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull())
    expect(screen.getByRole('switch', { name: 'Viber on Sales' })).toHaveAttribute(
      'aria-checked',
      'false',
    )
    // Give the persister its throttle to write.
    // (inside act: the grid keeps measuring itself meanwhile)
    await act(() => new Promise((resolve) => setTimeout(resolve, 1_200)))
    first.unmount()

    // Meanwhile another admin switched Viber on; and this visit's portal answers slowly.
    const second = renderApp({
      warmStart: createWarmStart(connection),
      portalKey: connection.portalKey,
      // The earlier visit was seconds ago here; in the app it is older than staleTime.
      staleTime: 0,
      prepare: (portal) => {
        void portal.rest({
          method: 'imconnector.activate',
          params: { CONNECTOR: 'viber', LINE: '1', ACTIVE: 1 },
          token: portal.issueAuth().access_token,
        })
        portal.setFaults([{ method: 'batch', latencyMs: 400 }])
      },
    })
    const grid = await screen.findByRole('grid', {}, { timeout: 1000 })
    expect(within(grid).getByRole('switch', { name: 'Viber on Sales' })).toHaveAttribute(
      'aria-checked',
      'false',
    )
    expect(screen.getByRole('note')).toHaveTextContent(
      /Showing what the portal held on .* while it is read again/,
    )
    await waitFor(
      () =>
        expect(within(grid).getByRole('switch', { name: 'Viber on Sales' })).toHaveAttribute(
          'aria-checked',
          'true',
        ),
      { timeout: 5000 },
    )
    await waitFor(() => expect(screen.queryByText(/Showing what the portal held/)).toBeNull())
    second.unmount()
  })
})
