import type { PortalClient, RestCall } from '../../../bitrix/client'
import { PortalError } from '../../../bitrix/errors'
import { parseConnectors, parseLines, type Connector, type Line } from '../model'

export interface Structure {
  lines: Line[]
  connectors: Connector[]
  /** `denied` when the user lacks the right to manage connectors: lines only, read-only. */
  connectorAccess: 'granted' | 'denied'
}

/**
 * The most imopenlines.config.list.get gives in one page. Large pages keep a large portal's
 * list to one request, so its first rows are not held up by a second round trip.
 */
export const LINES_PAGE_SIZE = 200
/**
 * Pages asked for in the first request, beside the connector list: 2,000 lines in one go.
 * Not more: an older portal that ignores `limit` answers every page with every line.
 */
const FIRST_PAGES = 10

function pageCall(offset: number): RestCall {
  return {
    method: 'imopenlines.config.list.get',
    params: {
      PARAMS: {
        select: ['ID', 'LINE_NAME', 'ACTIVE'],
        order: { ID: 'asc' },
        limit: LINES_PAGE_SIZE,
        offset,
      },
    },
  }
}

/**
 * Lines and connectors in as few requests as the portal allows: the connector list and the
 * first pages of lines share one batch; more pages follow, 50 a batch, only while the last
 * page came back full. imopenlines.config.list.get has no `next`/`total`: a short page (or
 * one with nothing new, from older portals that ignore `limit`) ends the list.
 */
export async function loadStructure(client: PortalClient): Promise<Structure> {
  const lines: Line[] = []
  const seen = new Set<string>()
  let connectors: Connector[] = []
  let connectorAccess: Structure['connectorAccess'] = 'granted'

  let offset = 0
  let first = true
  for (;;) {
    const pages = first ? FIRST_PAGES : 50
    const calls = Array.from({ length: pages }, (_, i) => pageCall(offset + i * LINES_PAGE_SIZE))
    const outcomes = await client.batch(first ? [{ method: 'imconnector.list' }, ...calls] : calls)
    if (first) {
      const list = outcomes.shift()
      if (!list) throw new PortalError({ code: 'MALFORMED_RESPONSE', status: 200 })
      if (list.ok) connectors = parseConnectors(list.result)
      else if (list.error.code.toUpperCase() === 'ACCESS_DENIED') connectorAccess = 'denied'
      else throw list.error
    }
    for (const outcome of outcomes) {
      if (!outcome.ok) throw outcome.error
      const parsed = parseLines(outcome.result)
      let added = 0
      for (const line of parsed) {
        if (seen.has(line.id)) continue
        seen.add(line.id)
        lines.push(line)
        added += 1
      }
      if (parsed.length < LINES_PAGE_SIZE || added === 0) {
        return { lines, connectors, connectorAccess }
      }
    }
    offset += pages * LINES_PAGE_SIZE
    first = false
  }
}
