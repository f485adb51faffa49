import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localeOf } from '../../../i18n'
import type { Structure } from '../api/load-structure'
import { useCachedRows } from '../api/use-cached-rows'
import { filterView, readsRows, type Filters } from '../filter-view'
import { useLineName } from './use-line-name'

const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, index) => item === b[index])

/** Hands back the last view while a new one has the same lines and connectors. */
function createViewKeeper() {
  let last: Structure | undefined
  return (next: Structure) => {
    if (
      last &&
      last !== next &&
      sameItems(last.lines, next.lines) &&
      sameItems(last.connectors, next.connectors)
    )
      return last
    last = next
    return next
  }
}

/**
 * The grid's shape under the user's filters. Filters on the cells ("with problems", "in
 * use") follow the rows at most every 150 ms, never in a click's frame; the others don't
 * watch the rows at all. An unchanged view keeps its identity, so the grid's rows (memoised
 * on their props) don't render again when a refresh or a switch leaves the view as it was.
 */
export function useFilteredStructure(
  portalKey: string,
  structure: Structure,
  filters: Filters,
): Structure {
  const live = readsRows(filters)
  const { queryOf, version } = useCachedRows(portalKey, live)
  const lineName = useLineName()
  const { i18n } = useTranslation()
  const locale = localeOf(i18n)
  const [keep] = useState(createViewKeeper)
  const view = useMemo(() => {
    void version
    return filterView(structure, filters, {
      rowOf: (lineId) => queryOf(lineId)?.state.data,
      lineName,
      locale,
    })
  }, [filters, lineName, locale, queryOf, structure, version])
  return keep(view)
}
