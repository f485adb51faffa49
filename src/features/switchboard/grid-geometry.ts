/** Fixed geometry lets both axes be virtualised; rows grow when a cell shows a notice. */
export const ROW_HEIGHT = 58
export const CELL_WIDTH = 136
export const LINE_COLUMN_WIDTH = 220
export const NARROW_LINE_COLUMN_WIDTH = 128
export const HEADER_HEIGHT = 44
/** Rows drawn beyond each edge of the view, so a short scroll shows no empty rows. */
export const ROW_OVERSCAN = 4
/** Columns drawn beyond each edge of the view, so a short scroll shows no empty cells. */
export const COLUMN_OVERSCAN = 2

/**
 * Rows drawn in a window of this height (its overscan included): at most the rows a grid
 * inside it draws first.
 */
export function rowsDrawn(height: number): number {
  return Math.ceil(height / ROW_HEIGHT) + ROW_OVERSCAN
}

/**
 * Connector columns drawn in a window of this width (its overscan included): at most those
 * of a grid inside it, whose line column is at least the narrow one.
 */
export function columnsDrawn(width: number): number {
  return Math.ceil(Math.max(0, width - NARROW_LINE_COLUMN_WIDTH) / CELL_WIDTH) + COLUMN_OVERSCAN
}
