import { memo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { isFiltering, type ConnectorKind } from '../filter-view'
import { useSlashShortcut } from '../hooks/use-slash-shortcut'
import { useFilterActions, useFilters } from '../stores/filters'

const TOGGLES = [
  ['problemsOnly', 'filters.problemsOnly'],
  ['activeOnly', 'filters.activeOnly'],
  ['inUseOnly', 'filters.inUseOnly'],
] as const

/**
 * The search box and the filters above the grid. The search narrows as the user types (no
 * submit); "/" jumps here from anywhere in the app, Escape empties the box.
 */
export const FilterBar = memo(function FilterBar({ searchId }: { searchId: string }) {
  const { t } = useTranslation()
  const filters = useFilters()
  const { searched, toggled, kindChosen, cleared } = useFilterActions()
  const search = useRef<HTMLInputElement>(null)
  useSlashShortcut(search)
  const filtering = isFiltering(filters)

  return (
    <div role="search" aria-label={t('filters.label')} className="toolbar filters">
      <label className="filters__field">
        {t('filters.search')}
        <input
          ref={search}
          id={searchId}
          type="search"
          className="filters__input"
          value={filters.search}
          aria-keyshortcuts="/"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => searched(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filters.search !== '') {
              event.preventDefault()
              searched('')
            }
          }}
        />
      </label>
      {TOGGLES.map(([toggle, label]) => (
        <label key={toggle} className="checkbox">
          <input
            type="checkbox"
            checked={filters[toggle]}
            onChange={(event) => toggled(toggle, event.target.checked)}
          />
          {t(label)}
        </label>
      ))}
      <label className="filters__field">
        {t('filters.kind')}
        <select
          className="filters__input"
          value={filters.kind}
          onChange={(event) => kindChosen(event.target.value as ConnectorKind)}
        >
          <option value="all">{t('filters.kindAll')}</option>
          <option value="rest">{t('filters.kindRest')}</option>
          <option value="builtin">{t('filters.kindBuiltin')}</option>
        </select>
      </label>
      {filtering && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            cleared()
            // The button goes with the filters: the focus goes where the next search starts.
            search.current?.focus()
          }}
        >
          {t('filters.clear')}
        </button>
      )}
    </div>
  )
})
