import type { PortalStateSnapshot, StatusRow } from '../../../portal/model/types'

/** What a cell must say for a status row, from the portal's flags (the REST contract). */
export function expectedStatus(
  row: StatusRow | undefined,
): 'Working' | 'Error' | 'Setup incomplete' | 'Off' {
  if (!row) return 'Off'
  const configured = row.ACTIVE && row.CONNECTION && row.REGISTER
  if (configured) return row.ERROR ? 'Error' : 'Working'
  return row.ERROR ? 'Setup incomplete' : 'Off'
}

export function expectedCells(state: PortalStateSnapshot, lang = 'en') {
  const cells: { name: string; checked: boolean; status: string }[] = []
  // The app asks for the lines ordered by ID, which the portal compares as numbers.
  const lines = [...state.lines].sort((a, b) => Number(a.ID) - Number(b.ID))
  for (const line of lines) {
    for (const connector of state.connectors) {
      const row = state.statuses.find((s) => s.connector === connector.id && s.line === line.ID)
      const status = expectedStatus(row)
      // A connector without a name is shown by its id.
      const connectorName = connector.names[lang] || connector.names.en || connector.id
      // A line without a name is shown by its number, as the portal's own lists do.
      const lineName = line.LINE_NAME.trim() === '' ? `Open Channel #${line.ID}` : line.LINE_NAME
      cells.push({
        name: `${connectorName} on ${lineName}`,
        checked: status !== 'Off',
        status,
      })
    }
  }
  return cells
}
