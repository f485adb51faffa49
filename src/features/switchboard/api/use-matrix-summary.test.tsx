import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import type { Structure } from './load-structure'
import { switchboardKeys } from './query-keys'
import { useMatrixSummary } from './use-matrix-summary'

const KEY = 'summary-test'

describe('the matrix summary', () => {
  it('counts the cells of a row shown before it is complete, but not the row', () => {
    const queryClient = new QueryClient()
    const structure: Structure = {
      lines: ['1', '2', '3'].map((id) => ({ id, name: `Line ${id}`, active: true })),
      connectors: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id, builtin: false })),
      connectorAccess: 'granted',
    }
    queryClient.setQueryData(switchboardKeys.row(KEY, '1'), {
      a: { status: 'working' },
      b: { status: 'off' },
      c: { status: 'error' },
      d: { status: 'off' },
    })
    // Its drawn columns only, the rest on their way.
    queryClient.setQueryData(switchboardKeys.row(KEY, '2'), {
      a: { status: 'unconfigured' },
      b: { status: 'off' },
    })
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    )
    const { result } = renderHook(() => useMatrixSummary(KEY, structure), { wrapper })
    expect(result.current).toMatchObject({
      totalRows: 3,
      loadedRows: 1,
      totalCells: 12,
      loadedCells: 6,
      on: 3,
      problems: 2,
    })
  })
})
