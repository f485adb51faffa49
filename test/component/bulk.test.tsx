import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { cell, gridReady, isOffInPortal, settled } from '../support/grid-queries'
import { renderApp } from '../support/render-app'
import { activationFault } from '../support/faults'

// Bulk changes as a line administrator makes them: select, turn on or off, watch the
// progress, read the summary, retry what failed. The demo portal has 8 lines × 13 connectors.

const LINES = [
  'Sales',
  'Support',
  'VIP Support',
  'Returns',
  'Partners',
  'Night shift',
  'Recruiting',
  'Wholesale DACH',
]

const bulkRegion = () => screen.getByRole('region', { name: 'Bulk change' })

/** The grid is read and the bulk bar (a lazy chunk) is on screen. */
async function boardReady() {
  await gridReady()
  await screen.findByRole('region', { name: 'Bulk change' })
}

function activationBatches(portal: ReturnType<typeof renderApp>['portal']) {
  return portal
    .log()
    .filter((entry) => entry.method === 'batch')
    .map((entry) => entry.commands?.filter((c) => c.method === 'imconnector.activate').length ?? 0)
    .filter((count) => count > 0)
}

/** Viber turned on for every line by a bulk change whose command for Sales (line 1) fails. */
async function viberOnEverywhereButSales() {
  const app = renderApp({
    prepare: (p) => p.setFaults([activationFault({ LINE: '1' }, 'INTERNAL_SERVER_ERROR')]),
  })
  await boardReady()
  await app.user.click(
    screen.getByRole('checkbox', { name: 'Select Viber on every Open Channel shown' }),
  )
  await app.user.click(within(bulkRegion()).getByRole('button', { name: 'Turn on' }))
  await settled()
  return app
}

describe('bulk switching', () => {
  it('turns a connector on for every line in one batch, skipping lines where it is on', async () => {
    const { user, portal } = renderApp()
    await boardReady()
    const wasOn = LINES.filter(
      (line) => cell(`Viber on ${line}`).getAttribute('aria-checked') === 'true',
    )
    expect(wasOn.length).toBeGreaterThan(0)
    portal.clearLog()
    await user.click(
      screen.getByRole('checkbox', { name: 'Select Viber on every Open Channel shown' }),
    )
    expect(within(bulkRegion()).getByText('8 connections selected')).toBeInTheDocument()
    await user.click(within(bulkRegion()).getByRole('button', { name: 'Turn on' }))
    await settled()
    const summary = await within(bulkRegion()).findByRole('status')
    for (const line of LINES) {
      expect(cell(`Viber on ${line}`)).toHaveAttribute('aria-checked', 'true')
      expect(isOffInPortal(portal, 'viber', String(LINES.indexOf(line) + 1))).toBe(false)
    }
    const sent = LINES.length - wasOn.length
    expect(activationBatches(portal)).toEqual([sent])
    expect(summary).toHaveTextContent(
      `Bulk change finished: turned on ${sent} of ${sent}. Already as wanted, skipped: ${wasOn.length}.`,
    )
    // The selection is spent; the grid keeps one tab stop and no selected cell.
    expect(screen.queryByText(/connections selected/)).toBeNull()
  })

  it('reads the switched cells back once, after the batch that switched them answered', async () => {
    const { user, portal } = renderApp()
    await boardReady()
    const wasOff = LINES.flatMap((line, index) =>
      cell(`Viber on ${line}`).getAttribute('aria-checked') === 'false' ? [String(index + 1)] : [],
    )
    portal.clearLog()
    await user.click(
      screen.getByRole('checkbox', { name: 'Select Viber on every Open Channel shown' }),
    )
    await user.click(within(bulkRegion()).getByRole('button', { name: 'Turn on' }))
    await settled()
    // The switches settle together, from one answer: one of them still reads them back.
    const requests = portal.log().map((entry) => ({
      method: entry.method,
      commands: (entry.commands ?? []).map((c) => `${c.method} ${String(c.params.LINE)}`),
    }))
    expect(requests).toEqual([
      { method: 'batch', commands: wasOff.map((line) => `imconnector.activate ${line}`) },
      { method: 'batch', commands: wasOff.map((line) => `imconnector.status ${line}`) },
    ])
  })

  it('counts cells already in the wanted state as skipped and sends nothing for them', async () => {
    const { user, portal } = renderApp()
    await boardReady()
    // Telegram is on for Sales: select Telegram on Sales and Viber on Sales.
    await user.keyboard('{Control>}')
    await user.click(cell('Telegram on Sales'))
    await user.click(cell('Viber on Sales'))
    await user.keyboard('{/Control}')
    // Ctrl+click selects; it does not switch.
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'false')
    portal.clearLog()
    await user.click(within(bulkRegion()).getByRole('button', { name: 'Turn on' }))
    await settled()
    expect(await within(bulkRegion()).findByRole('status')).toHaveTextContent(
      'turned on 1 of 1. Already as wanted, skipped: 1.',
    )
    expect(activationBatches(portal)).toEqual([1])
  })

  it('asks once before turning many off, saying how many lines lose settings', async () => {
    const { user, portal } = renderApp()
    await boardReady()
    // Into the grid from the keyboard: its one tab stop is the first switch.
    act(() => cell('Live Chat on Sales').focus())
    await user.keyboard('{Shift>}{ }{/Shift}')
    expect(within(bulkRegion()).getByText('13 connections selected')).toBeInTheDocument()
    await user.click(within(bulkRegion()).getByRole('button', { name: 'Turn off' }))
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent('1 Open Channel loses settings')
    // Keeping them on sends nothing and keeps the selection.
    portal.clearLog()
    await user.click(within(dialog).getByRole('button', { name: 'Keep them on' }))
    expect(activationBatches(portal)).toEqual([])
    expect(within(bulkRegion()).getByText('13 connections selected')).toBeInTheDocument()
    await user.click(within(bulkRegion()).getByRole('button', { name: 'Turn off' }))
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Turn off and delete settings',
      }),
    )
    await settled()
    await within(bulkRegion()).findByRole('status')
    for (const connector of ['livechat', 'telegrambot', 'whatsappbytwilio'])
      expect(isOffInPortal(portal, connector, '1')).toBe(true)
  })

  it('reports what failed and why, puts failed cells back, and retries only those', async () => {
    const { user, portal } = await viberOnEverywhereButSales()
    const summary = await within(bulkRegion()).findByRole('status')
    expect(summary).toHaveTextContent(
      /turned on 6 of 7\. Already as wanted, skipped: 1\. Failed: 1\./,
    )
    const failed = within(bulkRegion()).getByRole('list', { name: 'Connections that failed' })
    expect(failed).toHaveTextContent(
      'Viber on Sales: The portal had an internal error and did not make the change. Try again. (INTERNAL_SERVER_ERROR)',
    )
    // The failed cell shows what the portal holds; the others keep their success.
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'false')
    expect(cell('Viber on Returns')).toHaveAttribute('aria-checked', 'true')
    portal.clearFaults()
    portal.clearLog()
    await user.click(within(bulkRegion()).getByRole('button', { name: 'Retry failed' }))
    await settled()
    await waitFor(() =>
      expect(within(bulkRegion()).getByRole('status')).toHaveTextContent('turned on 1 of 1.'),
    )
    expect(activationBatches(portal)).toEqual([1])
    expect(cell('Viber on Sales')).toHaveAttribute('aria-checked', 'true')
  })

  it('sends 50 commands a request, and a cancel stops what has not been sent', async () => {
    const { user, portal } = renderApp({
      scenario: { scenario: 'large', lines: 60, connectors: 30, seed: 3 },
    })
    await boardReady()
    portal.setFaults([{ method: 'batch', latencyMs: 300 }])
    portal.clearLog()
    // Two connectors on all 60 lines: up to 120 cells, three requests' worth.
    await user.click(screen.getByRole('checkbox', { name: /^Select Telegram on every/ }))
    await user.click(screen.getByRole('checkbox', { name: /^Select Viber on every/ }))
    await user.click(within(bulkRegion()).getByRole('button', { name: 'Turn on' }))
    const progress = await within(bulkRegion()).findByRole('progressbar', {
      name: 'Bulk change progress',
    })
    expect(progress).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/of \d+ Open Channels$/),
    )
    await user.click(within(bulkRegion()).getByRole('button', { name: 'Cancel' }))
    await settled()
    const summary = await within(bulkRegion()).findByRole('status', {}, { timeout: 5000 })
    expect(summary).toHaveTextContent(/Bulk change cancelled: turned on 50 of \d+, \d+ not sent\./)
    expect(activationBatches(portal)).toEqual([50])
  })

  it('logs the whole change as one Activity entry that expands to its cells', async () => {
    const { user } = await viberOnEverywhereButSales()
    await within(bulkRegion()).findByRole('status')
    await user.click(screen.getByRole('button', { name: 'Activity' }))
    const panel = await screen.findByRole('complementary', { name: 'Activity' })
    const entry = within(panel).getByRole('button', { name: /^Viber on 8 lines/ })
    expect(entry).toHaveAttribute('aria-expanded', 'false')
    expect(entry).toHaveTextContent('6 done, 1 failed, 1 skipped')
    await user.click(entry)
    expect(entry).toHaveAttribute('aria-expanded', 'true')
    expect(panel).toHaveTextContent(/Sales.*Failed: The portal had an internal error/)
  })

  it('keeps single switches working while a bulk change runs', async () => {
    const { user, portal } = renderApp({
      prepare: (p) => p.setFaults([{ method: 'batch', latencyMs: 400 }]),
    })
    await boardReady()
    await user.click(
      screen.getByRole('checkbox', { name: 'Select Viber on every Open Channel shown' }),
    )
    await user.click(within(bulkRegion()).getByRole('button', { name: 'Turn on' }))
    await within(bulkRegion()).findByRole('progressbar')
    await user.click(cell('Facebook on Sales'))
    await settled()
    expect(cell('Facebook on Sales')).toHaveAttribute('aria-checked', 'true')
    expect(isOffInPortal(portal, 'facebook', '1')).toBe(false)
    expect(cell('Viber on Wholesale DACH')).toHaveAttribute('aria-checked', 'true')
  })
})
