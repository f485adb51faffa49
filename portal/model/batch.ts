import { runCall, type CallDeps, type CallOutcome } from './call.ts'
import { RestError } from './errors.ts'
import type { Caller } from './methods/context.ts'
import { isRecord, lowerKeys, parseCommand, phpEmpty, type Params } from './params.ts'
import type { LogEntry } from './types.ts'

export const MAX_BATCH_LENGTH = 50

type Entry = [key: string, value: unknown]
export type BatchCommandLog = NonNullable<LogEntry['commands']>[number]

export type BatchOutcome =
  | { kind: 'ok'; result: unknown; commands: BatchCommandLog[] }
  | (Exclude<CallOutcome, { kind: 'ok' } | { kind: 'error' }> & { commands: BatchCommandLog[] })

/**
 * PHP's json_encode of an array: `[]` when empty, a list when the keys are exactly 0..n-1 in
 * order, an object otherwise. Batch answers are PHP arrays, so the SDK sees exactly this.
 */
export function phpJsonMap(entries: Entry[]): unknown[] | Record<string, unknown> {
  if (entries.every(([key], i) => key === String(i))) return entries.map(([, v]) => v)
  return Object.fromEntries(entries)
}

function commandEntries(cmd: unknown): Entry[] {
  if (Array.isArray(cmd)) return cmd.map((value, i) => [String(i), value])
  if (isRecord(cmd)) return Object.entries(cmd)
  return []
}

export async function runBatch(
  deps: CallDeps,
  params: Params,
  caller: Caller,
): Promise<BatchOutcome> {
  const p = lowerKeys(params)
  const halt = !phpEmpty(p.halt)
  const result: Entry[] = []
  const errors: Entry[] = []
  const totals: Entry[] = []
  const nexts: Entry[] = []
  const times: Entry[] = []
  const commands: BatchCommandLog[] = []

  for (const [index, [key, command]] of commandEntries(p.cmd).entries()) {
    const parsed = parseCommand(command)
    const outcome: CallOutcome =
      index >= MAX_BATCH_LENGTH
        ? { kind: 'error', error: new RestError('ERROR_BATCH_LENGTH_EXCEEDED') }
        : await runCall(deps, parsed.method, parsed.params, caller, true)
    const logged: BatchCommandLog = { key, method: parsed.method, params: parsed.params }
    commands.push(logged)

    if (outcome.kind === 'network-error' || outcome.kind === 'raw') {
      logged.error = outcome.kind === 'raw' ? 'MALFORMED_RESPONSE' : 'NETWORK_ERROR'
      return { ...outcome, commands }
    }
    if (outcome.kind === 'error') {
      logged.error = outcome.error.code
      errors.push([
        key,
        { error: outcome.error.code, error_description: outcome.error.description },
      ])
      if (halt) break
      continue
    }
    result.push([key, outcome.result])
    times.push([key, outcome.time])
  }

  return {
    kind: 'ok',
    commands,
    result: {
      result: phpJsonMap(result),
      result_error: phpJsonMap(errors),
      result_total: phpJsonMap(totals),
      result_next: phpJsonMap(nexts),
      result_time: phpJsonMap(times),
    },
  }
}
