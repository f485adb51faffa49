import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { cell, gridReady, portalRow, settled } from '../support/grid-queries'
import { renderApp } from '../support/render-app'

// The demo portal: 8 lines (Partners and Recruiting inactive) × 13 connectors (3 REST).

const rowNames = () =>
  within(screen.getByRole('grid'))
    .getAllByRole('rowheader')
    .map((header) => header.querySelector('.grid__line-name')?.textContent)
const columnNames = () =>
  within(screen.getByRole('grid'))
    .getAllByRole('columnheader')
    .slice(1)
    .map((header) => header.querySelector('.grid__connector-name')?.textContent)

const searchBox = () =>
  screen.getByRole('searchbox', { name: 'Search Open Channels and connectors' })
const counts = () => document.querySelector('.toolbar__counts')?.textContent

async function ready() {
  const app = renderApp()
  await gridReady()
  await screen.findByRole('search', { name: 'Search and filters' })
  return app
}

describe('search and filters', () => {
  it('narrows the rows as the user types, accents and case aside, and Escape clears', async () => {
    const { user } = await ready()
    expect(rowNames()).toHaveLength(8)
    await user.type(searchBox(), 'SUPPÒRT')
    expect(rowNames()).toEqual(['Support', 'VIP Support'])
    expect(columnNames()).toHaveLength(13)
    expect(counts()).toContain('Filtered: 2 of 8 Open Channels')
    await user.keyboard('{Escape}')
    expect(searchBox()).toHaveValue('')
    expect(rowNames()).toHaveLength(8)
    expect(counts()).toContain('8 Open Channels')
    expect(counts()).not.toContain('Filtered')
  })

  it('narrows the columns when the text names connectors', async () => {
    const { user } = await ready()
    await user.type(searchBox(), 'chat')
    expect(columnNames()).toEqual(['Live Chat', 'Shop Chat'])
    expect(rowNames()).toHaveLength(8)
    expect(counts()).toContain('Filtered: 8 of 8 Open Channels, 2 of 13 connectors')
  })

  it('“/” focuses the search from anywhere, but not while typing in another field', async () => {
    const { user } = await ready()
    act(() => cell('Telegram on Sales').focus())
    await user.keyboard('/')
    expect(searchBox()).toHaveFocus()
    expect(searchBox()).toHaveValue('')
    await user.keyboard('sales/')
    expect(searchBox()).toHaveValue('sales/')
    await user.click(screen.getByRole('combobox', { name: 'Connectors' }))
    await user.keyboard('/')
    expect(searchBox()).not.toHaveFocus()
  })

  it('hides lines without problems, inactive lines, unused and other kinds of connectors', async () => {
    const { user } = await ready()
    await user.click(screen.getByRole('checkbox', { name: 'Only with problems' }))
    // Sales (WhatsApp error), Support (Telegram setup incomplete), Returns, Night shift.
    expect(rowNames()).toEqual(['Sales', 'Support', 'Returns', 'Night shift'])
    await user.click(screen.getByRole('checkbox', { name: 'Only with problems' }))

    await user.click(screen.getByRole('checkbox', { name: 'Only active Open Channels' }))
    expect(rowNames()).not.toContain('Partners')
    expect(rowNames()).not.toContain('Recruiting')
    expect(rowNames()).toHaveLength(6)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Connectors' }), 'REST only')
    expect(columnNames()).toEqual(['Shop Chat', 'Helpdesk Bridge', 'SMS Gateway'])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Connectors' }), 'All')
    await user.click(screen.getByRole('checkbox', { name: 'Only connectors in use' }))
    // In use among the lines shown: Bitrix24.Network is on only on Partners, which is inactive;
    // Apple Messages and Facebook: Comments are on nowhere the portal reports.
    expect(columnNames()).toEqual([
      'Live Chat',
      'Telegram',
      'WhatsApp',
      'Viber',
      'Facebook',
      'Instagram Direct',
      'Bitrix24 CRM notifications',
      'Shop Chat',
      'Helpdesk Bridge',
      'SMS Gateway',
    ])
    expect(counts()).toContain('Filtered: 6 of 8 Open Channels, 10 of 13 connectors')
  })

  it('counts follow a switch made in the filtered grid, and the portal agrees', async () => {
    const { user, portal } = await ready()
    await user.type(searchBox(), 'sales')
    // Connections on and problems stay portal-wide.
    expect(counts()).toContain('17 connections on')
    expect(rowNames()).toEqual(['Sales'])
    await user.click(cell('Viber on Sales'))
    await settled()
    expect(portalRow(portal, 'viber', '1')?.ACTIVE).toBe(true)
    await screen.findByText('18 connections on')
    expect(counts()).toContain('Filtered: 1 of 8 Open Channels')
  })

  it('keeps the search and filters over a reload', async () => {
    const first = await ready()
    await first.user.type(searchBox(), 'support')
    await first.user.click(screen.getByRole('checkbox', { name: 'Only active Open Channels' }))
    first.unmount()

    const second = await ready()
    expect(searchBox()).toHaveValue('support')
    expect(screen.getByRole('checkbox', { name: 'Only active Open Channels' })).toBeChecked()
    expect(rowNames()).toEqual(['Support', 'VIP Support'])
    second.unmount()
  })

  it('says so when nothing matches, and Clear filters brings the whole grid back', async () => {
    const { user } = await ready()
    await user.type(searchBox(), 'no such thing')
    expect(screen.queryByRole('grid')).toBeNull()
    const heading = screen.getByRole('heading', { name: 'Nothing matches the search and filters' })
    const empty = heading.parentElement as HTMLElement
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }))
    expect(rowNames()).toHaveLength(8)
    expect(columnNames()).toHaveLength(13)
    expect(searchBox()).toHaveValue('')
    expect(searchBox()).toHaveFocus()
  })

  it('numbers and plurals follow the language', async () => {
    const { ru } = await import('../../src/i18n/locales/ru')
    const { user } = renderApp({ lang: { code: 'ru', catalogue: ru } })
    await gridReady('Коннекторы всех открытых линий')
    const box = await screen.findByRole('searchbox', {
      name: 'Поиск по открытым линиям и коннекторам',
    })
    await user.type(box, 'support')
    expect(counts()).toContain('Фильтр: 2 из 8 открытых линий')
  })
})
