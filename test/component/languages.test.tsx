import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ru } from '../../src/i18n/locales/ru'
import { renderApp } from '../support/render-app'
import { activationFault } from '../support/faults'

describe('the portal’s language', () => {
  it('shows the grid in Russian on a Russian portal, errors and announcements included', async () => {
    const { user, frame } = renderApp({
      lang: { code: 'ru', catalogue: ru },
      prepare: (p) =>
        p.setFaults([
          activationFault({ CONNECTOR: 'viber', LINE: '1' }, 'INTERNAL_SERVER_ERROR', {
            status: 500,
            times: 1,
          }),
        ]),
    })
    const grid = await screen.findByRole(
      'grid',
      { name: 'Коннекторы всех открытых линий' },
      { timeout: 3000 },
    )
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 3000 })
    expect(within(grid).getByRole('columnheader', { name: 'Открытая линия' })).toBeInTheDocument()
    const telegram = screen.getByRole('switch', { name: 'Telegram на линии Sales' })
    expect(telegram).toHaveAttribute('aria-checked', 'true')
    const statusId = telegram.getAttribute('aria-describedby')?.split(' ')[0] ?? ''
    expect(document.getElementById(statusId)).toHaveTextContent('Работает')
    expect(screen.getByRole('list', { name: 'Что означают состояния' })).toBeInTheDocument()
    expect(screen.getByText(/^\d+ открыт(ая линия|ые линии|ых линий)$/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Обновить' })).toBeInTheDocument()
    await waitFor(() => expect(frame.titles).toEqual(['Коммутатор открытых линий']))

    await user.click(screen.getByRole('switch', { name: 'Viber на линии Sales' }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Viber на линии Sales: не удалось включить. На портале произошла внутренняя ошибка',
      ),
    )
    expect(
      screen.getByText(/Не включён: На портале произошла внутренняя ошибка/),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Повторить: Viber на линии Sales' }),
    ).toBeInTheDocument()
  })
})
