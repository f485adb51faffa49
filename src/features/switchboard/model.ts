// Pure data shapes of the switchboard and the parsing that turns whatever the portal
// sends into them. Nothing from the wire is trusted: ids may be numbers or strings,
// lists may be arrays or objects keyed by id, fields may be missing or of odd types.

export interface Line {
  id: string
  name: string
  active: boolean
}

export interface Connector {
  id: string
  name: string
  /** Built-in connectors ship with Bitrix24; the rest are registered by apps over REST. */
  builtin: boolean
}

/**
 * What a cell shows. imconnector.status answers ERROR, CONFIGURED and STATUS
 * (CONFIGURED = ACTIVE && CONNECTION && REGISTER, STATUS = CONFIGURED && !ERROR), so:
 * - `working`: STATUS;
 * - `error`: configured, but the channel reports an error;
 * - `unconfigured`: not configured, yet the portal holds an error for it — a row exists,
 *   so the connector is on but its setup never completed;
 * - `off`: neither configured nor in error (a pair switched off has no row at all).
 */
export type CellStatus = 'off' | 'working' | 'unconfigured' | 'error'

export interface CellState {
  status: CellStatus
}

export function isOn(status: CellStatus): boolean {
  return status !== 'off'
}

/** Connector ids Bitrix24 ships itself; everything else comes from a REST app. */
export const BUILTIN_CONNECTORS: ReadonlySet<string> = new Set([
  'livechat',
  'whatsappbytwilio',
  'avito',
  'viber',
  'telegrambot',
  'imessage',
  'wechat',
  'vkgroup',
  'ok',
  'olx',
  'facebook',
  'facebookcomments',
  'fbinstagramdirect',
  'fbinstagram',
  'network',
  'notifications',
  'whatsappbyedna',
])

function asText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}

function truthy(value: unknown): boolean {
  if (typeof value === 'string') return value !== '' && value !== '0' && value.toUpperCase() !== 'N'
  return Boolean(value)
}

/** One page of imopenlines.config.list.get: an array, or an object keyed by line id. */
export function parseLines(result: unknown): Line[] {
  if (typeof result !== 'object' || result === null) return []
  const items: unknown[] = Array.isArray(result) ? result : Object.values(result)
  const lines: Line[] = []
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue
    const record = item as Record<string, unknown>
    const id = asText(record.ID).trim()
    if (id === '') continue
    const name = asText(record.LINE_NAME)
    lines.push({
      id,
      // No readable name is an empty name; the screen names such a line in its own language.
      name: name.trim() === '' ? '' : name,
      // Bitrix sends "Y"/"N"; only an explicit "N" (or false) marks a line inactive.
      active: !(record.ACTIVE === 'N' || record.ACTIVE === false || record.ACTIVE === 'n'),
    })
  }
  return lines
}

/** imconnector.list: a map id → name (an empty map arrives as `[]`). */
export function parseConnectors(result: unknown): Connector[] {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return []
  const connectors: Connector[] = []
  for (const [rawId, rawName] of Object.entries(result as Record<string, unknown>)) {
    const id = rawId.trim()
    if (id === '') continue
    const name = asText(rawName)
    connectors.push({
      id,
      name: name === '' ? id : name,
      builtin: BUILTIN_CONNECTORS.has(id.toLowerCase()),
    })
  }
  return connectors
}

/** imconnector.status for one pair. Undefined when the answer is not a status at all. */
export function parseStatus(result: unknown): CellState | undefined {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return undefined
  const record = result as Record<string, unknown>
  if (!('CONFIGURED' in record) && !('STATUS' in record) && !('ERROR' in record)) return undefined
  const error = truthy(record.ERROR)
  const configured = truthy(record.CONFIGURED)
  const working = truthy(record.STATUS) && configured && !error
  if (working) return { status: 'working' }
  if (configured) return { status: 'error' }
  if (error) return { status: 'unconfigured' }
  return { status: 'off' }
}

/** What the portal holds right after a successful imconnector.activate. */
export function statusAfterSwitch(on: boolean): CellStatus {
  // Activation sets ACTIVE, CONNECTION and REGISTER and clears ERROR; switching off deletes the row.
  return on ? 'working' : 'off'
}

export function cellKey(lineId: string, connectorId: string): string {
  return `${lineId}\u0000${connectorId}`
}
