import type { LogEntry } from './types.ts'

export const LOG_CAP = 1000

export interface RequestLog {
  add(entry: LogEntry): void
  list(): LogEntry[]
  clear(): void
}

export function createRequestLog(cap = LOG_CAP): RequestLog {
  let entries: LogEntry[] = []
  return {
    add(entry) {
      entries.push(entry)
      if (entries.length > cap) entries = entries.slice(entries.length - cap)
    },
    list: () => structuredClone(entries),
    clear() {
      entries = []
    },
  }
}
