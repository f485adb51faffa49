import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppErrorBoundary } from '../../src/app/error-boundary'

function Crash(): never {
  throw new Error('render failed')
}

describe('the error boundary', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('shows a sentence and a way to reload instead of a blank page', async () => {
    // React reports the caught error on the console; here that is the point of the test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const reload = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      ...window.location,
      reload,
    })
    render(
      <AppErrorBoundary>
        <Crash />
      </AppErrorBoundary>,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Something went wrong in the switchboard')
    expect(alert).toHaveTextContent(
      'Nothing was changed by this error. Reload the app to continue.',
    )
    expect(warn).toHaveBeenCalledWith('Switchboard crashed:', 'render failed', expect.any(String))
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(reload).toHaveBeenCalledOnce()
  })
})
