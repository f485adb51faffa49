// jsdom has no layout, so a virtualised grid would render nothing. Give the grid's scroll
// container a real viewport (wider than the demo portal's 13 connectors, so they all show)
// and its rows their CSS height, and let scrolling move, so the component tests exercise
// the same windowing the browser does.
export const TEST_VIEWPORT = { width: 2400, height: 1200 }
export const TEST_ROW_HEIGHT = 58

const scroll = new WeakMap<Element, { top: number; left: number }>()
const position = (element: Element) => {
  let found = scroll.get(element)
  if (!found) {
    found = { top: 0, left: 0 }
    scroll.set(element, found)
  }
  return found
}

function define(
  name: string,
  get: (this: HTMLElement) => number,
  set?: (this: HTMLElement, value: number) => void,
) {
  const original =
    Object.getOwnPropertyDescriptor(HTMLElement.prototype, name) ??
    Object.getOwnPropertyDescriptor(Element.prototype, name)
  Object.defineProperty(HTMLElement.prototype, name, {
    configurable: true,
    get(this: HTMLElement) {
      if (this.classList.contains('grid-scroller') || this.matches('tr[data-index]'))
        return get.call(this)
      return original?.get?.call(this) ?? 0
    },
    set(this: HTMLElement, value: number) {
      if (set && this.classList.contains('grid-scroller')) set.call(this, value)
      else original?.set?.call(this, value)
    },
  })
}

define('clientWidth', () => TEST_VIEWPORT.width)
define('clientHeight', () => TEST_VIEWPORT.height)
define('offsetHeight', () => TEST_ROW_HEIGHT)
// The scrollable extent: every line at its row height under the header, and the table's width.
define('scrollHeight', function () {
  const rows = Number(this.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') ?? 1)
  return Math.max(TEST_VIEWPORT.height, 44 + (rows - 1) * TEST_ROW_HEIGHT)
})
define('scrollWidth', function () {
  const width = parseFloat(this.querySelector<HTMLElement>('[role="grid"]')?.style.width ?? '0')
  return Math.max(TEST_VIEWPORT.width, width)
})
define(
  'scrollTop',
  function () {
    return position(this).top
  },
  function (value) {
    position(this).top = value
  },
)
define(
  'scrollLeft',
  function () {
    return position(this).left
  },
  function (value) {
    position(this).left = value
  },
)

Element.prototype.scrollTo = function scrollTo(
  this: Element,
  options?: ScrollToOptions | number,
  y?: number,
) {
  const target = typeof options === 'number' ? { left: options, top: y ?? 0 } : (options ?? {})
  const now = position(this)
  if (target.top !== undefined) now.top = Math.max(0, target.top)
  if (target.left !== undefined) now.left = Math.max(0, target.left)
  // Browsers fire scroll events after the scroll, never inside the call.
  queueMicrotask(() => this.dispatchEvent(new Event('scroll')))
}
