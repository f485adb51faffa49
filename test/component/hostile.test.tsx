import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { HOSTILE_LINE_NAMES } from '../../portal/model/scenarios'
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
})
