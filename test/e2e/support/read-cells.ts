import type { Locator } from '@playwright/test'

// Free of the test runner, so scripts (npm run soak) read the grid the way the specs do.

export interface ScreenCell {
  name: string | null
  checked: boolean
  status: string | null | undefined
}

/**
 * Every switch of the grid as the user sees it, in reading order. The grid draws only the
 * rows and columns in view, so this scrolls it through, as a user would, and puts it back.
 */
export function readCells(grid: Locator): Promise<ScreenCell[]> {
  return grid.evaluate(async (table) => {
    const scroller = table.closest('.grid-scroller') as HTMLElement
    const frame = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    const seen = new Map<string, { row: number; col: number; cell: ScreenCell }>()
    const collect = () => {
      for (const element of table.querySelectorAll<HTMLElement>('[role="switch"]')) {
        const row = Number(element.dataset.row)
        const col = Number(element.dataset.col)
        seen.set(`${row}:${col}`, {
          row,
          col,
          cell: {
            name: element.getAttribute('aria-label'),
            checked: element.getAttribute('aria-checked') === 'true',
            status: document.getElementById(
              element.getAttribute('aria-describedby')?.split(' ')[0] ?? '',
            )?.textContent,
          },
        })
      }
    }
    const start = { top: scroller.scrollTop, left: scroller.scrollLeft }
    for (let top = 0; ; top += Math.max(1, scroller.clientHeight - 60)) {
      for (let left = 0; ; left += Math.max(1, scroller.clientWidth - 240)) {
        scroller.scrollTo({ top, left })
        await frame()
        await frame()
        collect()
        if (left + scroller.clientWidth >= scroller.scrollWidth) break
      }
      if (top + scroller.clientHeight >= scroller.scrollHeight) break
    }
    scroller.scrollTo(start)
    await frame()
    return [...seen.values()]
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map((entry) => entry.cell)
  })
}
