import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { PortalProvider, type PortalConnection } from '../../../app/portal-context'
import { NO_FILTERS } from '../filter-view'
import { forgetFilterStores, storageKey, useFilterActions, useFilters } from './filters'

function wrapperFor(portalKey: string) {
  const connection = { portalKey } as PortalConnection
  return ({ children }: { children: ReactNode }) => (
    <PortalProvider value={connection}>{children}</PortalProvider>
  )
}

function renderFilters(portalKey = 'a') {
  return renderHook(() => ({ filters: useFilters(), actions: useFilterActions() }), {
    wrapper: wrapperFor(portalKey),
  })
}

afterEach(() => {
  forgetFilterStores()
  localStorage.clear()
})

describe('the filters store', () => {
  it('keeps each portal’s filters in storage and finds them after a reload', () => {
    const first = renderFilters('a')
    act(() => {
      first.result.current.actions.searched('sup')
      first.result.current.actions.toggled('problemsOnly', true)
      first.result.current.actions.kindChosen('rest')
    })
    first.unmount()
    forgetFilterStores() // a new page

    const again = renderFilters('a')
    expect(again.result.current.filters).toEqual({
      ...NO_FILTERS,
      search: 'sup',
      problemsOnly: true,
      kind: 'rest',
    })
    expect(renderFilters('b').result.current.filters).toEqual(NO_FILTERS)
  })

  it('clears everything at once', () => {
    const { result } = renderFilters()
    act(() => {
      result.current.actions.toggled('inUseOnly', true)
      result.current.actions.searched('x')
      result.current.actions.cleared()
    })
    expect(result.current.filters).toEqual(NO_FILTERS)
    expect(JSON.parse(localStorage.getItem(storageKey('a')) ?? '')).toEqual(NO_FILTERS)
  })

  it.each([
    ['bad JSON', '{"search": "sal'],
    ['not an object', '"sales"'],
    ['null', 'null'],
  ])('ignores %s in storage', (_, stored) => {
    localStorage.setItem(storageKey('a'), stored)
    expect(renderFilters().result.current.filters).toEqual(NO_FILTERS)
  })

  it('keeps the fields it can read and drops the rest', () => {
    localStorage.setItem(
      storageKey('a'),
      JSON.stringify({ search: 42, activeOnly: true, inUseOnly: 'yes', kind: 'soap', extra: 1 }),
    )
    expect(renderFilters().result.current.filters).toEqual({ ...NO_FILTERS, activeOnly: true })
  })
})
