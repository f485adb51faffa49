import { BATCH_LIMIT, type PortalClient, type RestCall } from '../../../bitrix/client'
import { PortalError, toPortalError } from '../../../bitrix/errors'
import {
  parseConnectors,
  parseLines,
  parseStatus,
  type CellState,
  type Connector,
  type Line,
} from '../model'

/** A cell whose status could not be read: kept with its error so the grid can say why. */
export interface UnknownCell {
  status: 'unknown'
  error: { code: string; message: string }
}

export type MatrixCell = CellState | UnknownCell

export interface Matrix {
  lines: Line[]
  connectors: Connector[]
  /** `denied` when the user lacks the right to manage connectors: lines only, read-only. */
  connectorAccess: 'granted' | 'denied'
  /** rows[lineId][connectorId]; one object per row so a switch replaces one row, not the grid. */
  rows: Record<string, Record<string, MatrixCell>>
}

export const LINES_PAGE_SIZE = 50

export async function loadLines(client: PortalClient): Promise<Line[]> {
  const lines: Line[] = []
  const seen = new Set<string>()
  for (let offset = 0; ; offset += LINES_PAGE_SIZE) {
    const page = await client.call('imopenlines.config.list.get', {
      PARAMS: {
        select: ['ID', 'LINE_NAME', 'ACTIVE'],
        order: { ID: 'asc' },
        limit: LINES_PAGE_SIZE,
        offset,
      },
    })
    const parsed = parseLines(page)
    let added = 0
    for (const line of parsed) {
      if (seen.has(line.id)) continue
      seen.add(line.id)
      lines.push(line)
      added += 1
    }
    // A short page ends the list. Older portals ignore limit and send everything at
    // once; a page of nothing new means the same, and stops a loop on such portals.
    if (parsed.length < LINES_PAGE_SIZE || added === 0) return lines
  }
}

export async function loadConnectors(
  client: PortalClient,
): Promise<{ connectors: Connector[]; access: 'granted' | 'denied' }> {
  try {
    return { connectors: parseConnectors(await client.call('imconnector.list')), access: 'granted' }
  } catch (error) {
    const portalError = toPortalError(error)
    if (portalError.code.toUpperCase() === 'ACCESS_DENIED')
      return { connectors: [], access: 'denied' }
    throw portalError
  }
}

export interface CellAddress {
  lineId: string
  connectorId: string
}

function statusCall({ lineId, connectorId }: CellAddress): RestCall {
  return { method: 'imconnector.status', params: { CONNECTOR: connectorId, LINE: lineId } }
}

function unknownCell(error: PortalError): UnknownCell {
  return { status: 'unknown', error: { code: error.code, message: error.message } }
}

/**
 * Reads the state of each cell through `batch`, 50 commands a request, so the full
 * matrix costs about cells ÷ 50 requests. A command that fails keeps its error on
 * its cell; a request that fails as a whole fails the read.
 */
export async function loadCellStates(
  client: PortalClient,
  cells: readonly CellAddress[],
  onChunk?: (chunk: { address: CellAddress; cell: MatrixCell }[]) => void,
): Promise<{ address: CellAddress; cell: MatrixCell }[]> {
  const all: { address: CellAddress; cell: MatrixCell }[] = []
  for (let start = 0; start < cells.length; start += BATCH_LIMIT) {
    const chunk = cells.slice(start, start + BATCH_LIMIT)
    const outcomes = await client.batch(chunk.map(statusCall))
    const read = chunk.map((address, index) => {
      const outcome = outcomes[index]
      if (!outcome)
        return {
          address,
          cell: unknownCell(new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 })),
        }
      if (!outcome.ok) return { address, cell: unknownCell(outcome.error) }
      const state = parseStatus(outcome.result)
      return {
        address,
        cell: state ?? unknownCell(new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 })),
      }
    })
    onChunk?.(read)
    all.push(...read)
  }
  return all
}

export async function loadMatrix(client: PortalClient): Promise<Matrix> {
  const [lines, { connectors, access }] = await Promise.all([
    loadLines(client),
    loadConnectors(client),
  ])
  const rows: Matrix['rows'] = {}
  for (const line of lines) rows[line.id] = {}
  if (access === 'denied' || connectors.length === 0 || lines.length === 0) {
    return { lines, connectors, connectorAccess: access, rows }
  }
  const addresses: CellAddress[] = []
  for (const line of lines) {
    for (const connector of connectors)
      addresses.push({ lineId: line.id, connectorId: connector.id })
  }
  const states = await loadCellStates(client, addresses)
  for (const { address, cell } of states) {
    const row = rows[address.lineId]
    if (row) row[address.connectorId] = cell
  }
  return { lines, connectors, connectorAccess: access, rows }
}
