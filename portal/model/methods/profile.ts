import type { MethodContext } from './context.ts'

export function profile({ store }: MethodContext) {
  const session = store.data.session
  return {
    ID: String(session.userId),
    ADMIN: session.isAdmin,
    NAME: session.userName,
    LAST_NAME: session.userLastName,
    PERSONAL_GENDER: '',
    TIME_ZONE: '',
    TIME_ZONE_OFFSET: 0,
  }
}
