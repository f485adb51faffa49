import type { PortalData, PortalStorage } from './types.ts'

/** Keeps a deep copy, so neither side can change the other's data by reference. */
export function createMemoryStorage(initial?: PortalData): PortalStorage & {
  /** How many times `save` was called (tests check that mutations are persisted). */
  saves(): number
} {
  let stored: PortalData | undefined = initial ? structuredClone(initial) : undefined
  let count = 0
  return {
    load: () => (stored ? structuredClone(stored) : undefined),
    save(data) {
      stored = structuredClone(data)
      count += 1
    },
    saves: () => count,
  }
}
