import type { PortalClient } from './client'

/** The portal user the app runs as, from the `profile` method. */
export interface PortalUser {
  /** The portal's user id; `''` when the portal did not say who (then nothing is cached). */
  id: string
  name: string
  lastName: string
}

export const UNKNOWN_USER: PortalUser = { id: '', name: '', lastName: '' }

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

/** Reads who is using the app (`profile` → `{ID, ADMIN, NAME, LAST_NAME}`). */
export async function readCurrentUser(client: PortalClient): Promise<PortalUser> {
  const result = await client.call('profile')
  if (typeof result !== 'object' || result === null) return UNKNOWN_USER
  const profile = result as Record<string, unknown>
  const id = text(profile.ID)
  // A portal user id is a positive integer; anything else is not an id to key a cache by.
  if (!/^[1-9][0-9]*$/.test(id)) return UNKNOWN_USER
  return { id, name: text(profile.NAME), lastName: text(profile.LAST_NAME) }
}
