import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import type { PortalData, PortalStorage } from '../model/types.ts'

export const DATA_FILE_NAME = 'portal.json'

/** `PORTAL_DATA_DIR`, else `.portal-data/` under the working directory (git-ignored). */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PORTAL_DATA_DIR?.trim()
  return resolve(fromEnv ? fromEnv : '.portal-data')
}

/** Thrown when the data file exists but cannot be used; the file is left as it was. */
export class CorruptDataFileError extends Error {
  readonly file: string
  constructor(file: string, reason: string) {
    super(
      `The local portal's data file ${file} cannot be used (${reason}). ` +
        `It was left untouched: delete it or run with --reset to start from a fresh scenario.`,
    )
    this.name = 'CorruptDataFileError'
    this.file = file
  }
}

export interface FileStorage extends PortalStorage {
  readonly file: string
}

/**
 * A PortalStorage over `<dataDir>/portal.json`. Every save replaces the file atomically, so a
 * crash mid-write leaves either the old or the new state, never half of one.
 */
export function createFileStorage(dataDir: string): FileStorage {
  const dir = resolve(dataDir)
  const file = join(dir, DATA_FILE_NAME)

  return {
    file,
    load() {
      let text: string
      try {
        text = readFileSync(file, 'utf8')
      } catch (error) {
        if (isNodeError(error) && error.code === 'ENOENT') return undefined
        throw new CorruptDataFileError(file, `it cannot be read: ${describe(error)}`)
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch (error) {
        throw new CorruptDataFileError(file, `it is not valid JSON: ${describe(error)}`)
      }
      const problem = shapeProblem(parsed)
      if (problem) throw new CorruptDataFileError(file, problem)
      return parsed as PortalData
    },
    save(data) {
      mkdirSync(dir, { recursive: true })
      // Same directory as the target so rename() stays on one filesystem and is atomic.
      const temp = join(
        dir,
        `.${DATA_FILE_NAME}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
      )
      try {
        const fd = openSync(temp, 'w', 0o600)
        try {
          writeSync(fd, JSON.stringify(data, null, 2) + '\n')
          fsyncSync(fd)
        } finally {
          closeSync(fd)
        }
        renameSync(temp, file)
      } catch (error) {
        rmSync(temp, { force: true })
        throw error
      }
      syncDirectory(dir)
    },
  }
}

/** Just enough checking that a hand-edited or foreign file is refused rather than half-used. */
function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'it does not hold a JSON object'
  }
  const data = value as Record<string, unknown>
  if (data.version !== 1) {
    return `it has version ${JSON.stringify(data.version) ?? 'undefined'}, this portal reads version 1`
  }
  for (const key of ['lines', 'connectors', 'statuses', 'events'] as const) {
    if (!Array.isArray(data[key])) return `"${key}" is not a list`
  }
  for (const key of ['session', 'app'] as const) {
    const field = data[key]
    if (typeof field !== 'object' || field === null || Array.isArray(field)) {
      return `"${key}" is not an object`
    }
  }
  if (typeof data.scenario !== 'string' || typeof data.memberId !== 'string') {
    return '"scenario" or "memberId" is missing'
  }
  return undefined
}

// Without this the rename itself may not survive a power loss on some filesystems.
function syncDirectory(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Not every platform lets a directory be opened or fsynced (Windows); the write still landed.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
