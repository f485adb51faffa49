import { screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { renderApp } from '../support/render-app'

// The bulk bar's chunk cannot be fetched (a deploy replaced it, the network dropped): the app
// says so and offers a reload, instead of a skeleton that never ends.
vi.mock('../../src/features/switchboard/components/bulk-bar', () => {
  throw new Error('Failed to fetch dynamically imported module: bulk-bar.js')
})

it('a part of the app that fails to load ends in a message and a reload, not a skeleton', async () => {
  // React reports the caught error on the console, and the boundary warns: expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  renderApp()
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Something went wrong in the switchboard')
  expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible()
  expect(screen.queryByRole('grid')).toBeNull()
})
