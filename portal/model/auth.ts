import { randomHex } from './random.ts'
import type { AuthGrant, PortalClock } from './types.ts'

interface AccessToken {
  expiresAt: number
  refreshToken: string
  userId: number
}

export type AuthCheck =
  | { ok: true; userId: number }
  | { ok: false; code: 'NO_AUTH_FOUND' | 'invalid_token' | 'expired_token' }

/** Tokens live in memory only: a restarted portal forgets them, as a real one would not, but the SDK refreshes. */
export interface Auth {
  issue(userId: number, lifetimeSeconds: number): AuthGrant
  refresh(refreshToken: string, lifetimeSeconds: number): AuthGrant | undefined
  expireAll(): void
  check(token: string | undefined): AuthCheck
  createWebhook(userId: number): { userId: string; secret: string }
  checkWebhook(userId: string, secret: string): boolean
}

export function createAuth(
  clock: PortalClock,
  identity: () => { memberId: string; domain: string },
): Auth {
  const access = new Map<string, AccessToken>()
  const refresh = new Map<string, { accessToken: string; userId: number }>()
  const webhooks = new Map<string, string>()

  const issue = (userId: number, lifetimeSeconds: number): AuthGrant => {
    const lifetime =
      Number.isFinite(lifetimeSeconds) && lifetimeSeconds > 0 ? lifetimeSeconds : 3600
    const grant: AuthGrant = {
      access_token: randomHex(32),
      refresh_token: randomHex(32),
      expires_in: Math.floor(lifetime),
      member_id: identity().memberId,
      domain: identity().domain,
    }
    access.set(grant.access_token, {
      expiresAt: clock.now() + lifetime * 1000,
      refreshToken: grant.refresh_token,
      userId,
    })
    refresh.set(grant.refresh_token, { accessToken: grant.access_token, userId })
    return grant
  }

  return {
    issue,
    refresh(refreshToken, lifetimeSeconds) {
      const entry = refresh.get(refreshToken)
      if (!entry) return undefined
      // Rotation: both old tokens die, so a replayed old token answers invalid_token.
      refresh.delete(refreshToken)
      access.delete(entry.accessToken)
      return issue(entry.userId, lifetimeSeconds)
    },
    expireAll() {
      const now = clock.now()
      for (const token of access.values()) token.expiresAt = Math.min(token.expiresAt, now)
    },
    check(token) {
      if (token === undefined || token === '') return { ok: false, code: 'NO_AUTH_FOUND' }
      const entry = access.get(token)
      if (!entry) return { ok: false, code: 'invalid_token' }
      if (clock.now() >= entry.expiresAt) return { ok: false, code: 'expired_token' }
      return { ok: true, userId: entry.userId }
    },
    createWebhook(userId) {
      const secret = randomHex(16)
      webhooks.set(secret, String(userId))
      return { userId: String(userId), secret }
    },
    checkWebhook: (userId, secret) => webhooks.get(secret) === userId,
  }
}
