import type { ActivityEntry } from './stores/activity-log'

// The activity log as a CSV file (RFC 4180) that Excel opens as it is.

/** The column headers, in the app's language. */
export interface CsvHeaders {
  time: string
  user: string
  action: string
  line: string
  connector: string
  result: string
  code: string
  message: string
}

// Excel, LibreOffice and Sheets run a cell that starts with one of these as a formula, and
// line and connector names come from the portal, where anyone may name them "=HYPERLINK(…)".
// Tab and CR start formulas too (OWASP's list).
const FORMULA_START = /^[=+\-@\t\r]/

/** One field: defused if it could run as a formula, quoted if it holds a quote, comma or break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Local time as `2025-05-01 14:03:07`: what spreadsheets read as a date and time. */
function localTime(at: number): string {
  const d = new Date(at)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`
}

/**
 * One row per item, newest entry first, with a UTF-8 byte order mark: without it Excel
 * reads the file in the system's ANSI code page and Cyrillic names turn to mojibake.
 */
export function activityCsv(entries: readonly ActivityEntry[], headers: CsvHeaders): string {
  const h = headers
  const rows = [[h.time, h.user, h.action, h.line, h.connector, h.result, h.code, h.message]]
  for (const entry of entries) {
    const user = [entry.user.name, entry.user.lastName].filter(Boolean).join(' ') || entry.user.id
    for (const item of entry.items) {
      rows.push([
        localTime(entry.at),
        user,
        entry.action,
        item.lineName,
        item.connectorName,
        item.result,
        item.code ?? '',
        item.message ?? '',
      ])
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
}
