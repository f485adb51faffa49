import { isoDate } from '../scenarios.ts'
import type { MethodContext } from './context.ts'

export function serverTime({ clock }: MethodContext): string {
  return isoDate(clock.now())
}
