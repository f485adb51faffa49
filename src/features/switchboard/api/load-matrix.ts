import { BATCH_LIMIT, type PortalClient, type RestCall } from '../../../bitrix/client'
import { PortalError } from '../../../bitrix/errors'
import { parseStatus, type CellState } from '../model'

/** A cell whose status could not be read: kept with its error so the grid can say why. */
export interface UnknownCell {
  status: 'unknown'
  error: { code: string; message: string; resumesAt?: number }
}

export type MatrixCell = CellState | UnknownCell

export interface CellAddress {
  lineId: string
  connectorId: string
}

function statusCall({ lineId, connectorId }: CellAddress): RestCall {
  return { method: 'imconnector.status', params: { CONNECTOR: connectorId, LINE: lineId } }
}

function unknownCell(error: PortalError): UnknownCell {
  const { code, message, resumesAt } = error
  return {
    status: 'unknown',
    error: { code, message, ...(resumesAt !== undefined && { resumesAt }) },
  }
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
