import type { FaultRule } from '../../portal/model/types'

/**
 * The portal refusing `imconnector.activate` for the cells matched (`{ CONNECTOR, LINE }`),
 * alone or inside a batch: the fault most component tests set up.
 */
export function activationFault(
  match: Record<string, string>,
  error: string,
  more: Omit<FaultRule, 'method' | 'match' | 'error'> = {},
): FaultRule {
  return { method: 'imconnector.activate', match, error, ...more }
}
