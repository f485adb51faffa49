import { useCallback } from 'react'
import { useFixedT } from '../../../i18n/use-fixed-t'
import type { Line } from '../model'

/**
 * The name a line is shown and announced by. A line the portal sent without a name still
 * needs one that tells it apart, in the reader's language, so the model leaves it empty and
 * the fallback is chosen here, at render time.
 */
export function useLineName(): (line: Line) => string {
  const { t } = useFixedT()
  return useCallback(
    (line: Line) =>
      line.name.trim() === '' ? t('common.unnamedLine', { id: line.id }) : line.name,
    [t],
  )
}
