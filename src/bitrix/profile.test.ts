import { describe, expect, it } from 'vitest'
import type { PortalClient } from './client'
import { readCurrentUser, UNKNOWN_USER } from './profile'

function clientAnswering(result: unknown): PortalClient {
  return {
    call: async (method) => {
      expect(method).toBe('profile')
      return result
    },
    batch: async () => [],
  }
}

describe('readCurrentUser', () => {
  it('reads the id and name of the user the app runs as', async () => {
    const user = await readCurrentUser(
      clientAnswering({ ID: '7', ADMIN: true, NAME: 'Anna', LAST_NAME: 'Lee' }),
    )
    expect(user).toEqual({ id: '7', name: 'Anna', lastName: 'Lee' })
  })

  it('says "unknown" rather than keying a cache by something that is not a user id', async () => {
    expect(await readCurrentUser(clientAnswering({ ID: '../x', NAME: 'A' }))).toEqual(UNKNOWN_USER)
    expect(await readCurrentUser(clientAnswering(null))).toEqual(UNKNOWN_USER)
    expect(await readCurrentUser(clientAnswering([]))).toEqual(UNKNOWN_USER)
  })
})
