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
 * The grid's box follows the frame's height less the bars above it, but never drops below a
 * useful size: a frame that fits its content then grows to it once, and stops. Set on the
 * scroller by the grid, so the estimates below use the same figures.
 */
export const GRID_MIN_HEIGHT = 520
/** The bars above the grid, and its card's border and padding around it. */
export const GRID_CHROME_HEIGHT = 158
export const GRID_MAX_HEIGHT_CSS = `max(${GRID_MIN_HEIGHT}px, calc(100vh - ${GRID_CHROME_HEIGHT}px))`

/** The height of the grid's box in a window of this height (at most: it may hold less). */
export function gridBoxHeight(windowHeight: number): number {
  return Math.max(GRID_MIN_HEIGHT, windowHeight - GRID_CHROME_HEIGHT)
}

/**
 * Rows on screen in a window of this height: what the grid's first render draws (no
 * overscan: that is drawn once they are read).
 */
export function rowsInWindow(windowHeight: number): number {
  return Math.ceil(Math.max(0, gridBoxHeight(windowHeight) - HEADER_HEIGHT) / ROW_HEIGHT)
}

/**
 * Connector columns on screen in a window of this width: at most those of a grid inside
 * it, whose line column is at least the narrow one.
 */
export function columnsInWindow(width: number): number {
  return Math.ceil(Math.max(0, width - NARROW_LINE_COLUMN_WIDTH) / CELL_WIDTH)
}
