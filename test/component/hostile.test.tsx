import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { HOSTILE_LINE_NAMES } from '../../portal/model/scenarios'
import { ru } from '../../src/i18n/locales/ru'
import { renderApp } from '../support/render-app'

// Everything from the portal is data: markup, scripts, bidi text, control characters and
// 5,000-character names are shown as text, cut visibly with the full value at hand.
describe('hostile portal data', () => {
  it('renders every name as text and never runs or parses it', async () => {
    renderApp({ scenario: { scenario: 'hostile' } })
    const grid = await screen.findByRole('grid', {}, { timeout: 5000 })
    // Nothing the portal sent became an element.
    expect(grid.querySelector('img, script, b')).toBeNull()
    expect(
      within(grid).getByRole('rowheader', { name: /<img src=x onerror=alert\(1\)>/ }),
    ).toBeInTheDocument()
    expect(
      within(grid).getByRole('columnheader', { name: /<script>alert\(2\)<\/script>/ }),
    ).toBeInTheDocument()
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(HOSTILE_LINE_NAMES.length)
  })

  it('cuts a 5,000-character name visibly and keeps the full name readable', async () => {
    renderApp({ scenario: { scenario: 'hostile' } })
    const grid = await screen.findByRole('grid', {}, { timeout: 5000 })
    const long = 'x'.repeat(5000)
    const name = within(grid).getByTitle(long)
    expect(name).toHaveClass('grid__line-name')
    // The switch keeps the full "<connector> on <line>" name: it must tell cells apart.
    expect(within(grid).getAllByRole('switch', { name: new RegExp(`on ${long}$`) }).length).toBe(11)
  })

  it('lets right-to-left names run their own way', async () => {
    renderApp({ scenario: { scenario: 'hostile' } })
    const grid = await screen.findByRole('grid', {}, { timeout: 5000 })
    for (const text of ['مبيعات الشرق الأوسط', 'תמיכה בלקוחות', '\u202eevil override\u202c']) {
      expect(within(grid).getByTitle(text)).toHaveAttribute('dir', 'auto')
    }
    expect(within(grid).getByTitle('واتساب للأعمال')).toHaveAttribute('dir', 'auto')
  })

  it('names a line that has no name after its id, in the header and in its switches', async () => {
    renderApp({ scenario: { scenario: 'hostile' } })
    const grid = await screen.findByRole('grid', {}, { timeout: 5000 })
    // The hostile portal has a line named '' (id 104) and one named '   ' (id 105).
    for (const id of ['104', '105']) {
      expect(
        within(grid).getByRole('rowheader', { name: `Open Channel #${id}` }),
      ).toBeInTheDocument()
      expect(
        within(grid).getAllByRole('switch', { name: new RegExp(` on Open Channel #${id}$`) }),
      ).toHaveLength(11)
    }
    expect(
      within(grid).getByRole('switch', { name: 'Telegram on Open Channel #104' }),
    ).toBeVisible()
  })

  it('names a line without a name in the portal’s language', async () => {
    renderApp({ scenario: { scenario: 'hostile' }, lang: { code: 'ru', catalogue: ru } })
    const grid = await screen.findByRole('grid', {}, { timeout: 5000 })
    expect(
      within(grid).getByRole('rowheader', { name: 'Открытая линия № 104' }),
    ).toBeInTheDocument()
    expect(
      within(grid).getByRole('switch', { name: 'Telegram на линии Открытая линия № 104' }),
    ).toBeInTheDocument()
  })

  it('shows and switches a connector another app registered with an odd id', async () => {
    const { user, portal } = renderApp()
    await screen.findByRole('grid', {}, { timeout: 5000 })
    const registered = await portal.rest({
      method: 'imconnector.register',
      params: {
        ID: 'Odd_Chat-2 (Beta)!',
        NAME: 'Odd Chat',
        ICON: { DATA_IMAGE: 'data:image/svg+xml;base64,PHN2Zy8+' },
        PLACEMENT_HANDLER: 'https://example.com/handler',
      },
      token: portal.issueAuth().access_token,
    })
    expect(registered).toMatchObject({ body: { result: { result: true } } })
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    const grid = screen.getByRole('grid')
    expect(await within(grid).findByRole('columnheader', { name: /Odd Chat/ })).toBeInTheDocument()
    const odd = await within(grid).findByRole('switch', { name: 'Odd Chat on Sales' })
    await waitFor(() => expect(odd).toHaveAccessibleDescription('Off'))
    await user.click(odd)
    await waitFor(() => expect(odd).toHaveAccessibleDescription('Working'))
    // Confirmed: the switch leaves after the click's frame is drawn (input-first.ts).
    await waitFor(() => expect(odd).not.toHaveAttribute('aria-busy'))
    expect(
      portal.snapshot().statuses.find((s) => s.line === '1' && s.connector.startsWith('odd_chat')),
    ).toMatchObject({ connector: 'odd_chat-2 (beta)!', ACTIVE: true })
  })
})
