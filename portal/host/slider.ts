import { h } from './dom.ts'

/** The portal's side panel, standing in for pages and sliders the local portal does not have. */
export function createSlider(container: HTMLElement) {
  let current: { element: HTMLElement; done: () => void } | undefined

  function close(): void {
    const open = current
    if (!open) return
    current = undefined
    open.element.remove()
    open.done()
  }

  function open(content: { title: string; lines: string[] }): Promise<void> {
    close()
    return new Promise((resolve) => {
      const closeButton = h(
        'button',
        { class: 'b24-button', attrs: { type: 'button' }, on: { click: close } },
        'Close',
      )
      const element = h(
        'div',
        {
          class: 'b24-slider-overlay',
          on: { click: (event) => event.target === element && close() },
        },
        h(
          'aside',
          {
            class: 'b24-slider',
            attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'b24-slider-title' },
            on: { keydown: (event) => event.key === 'Escape' && close() },
          },
          h(
            'div',
            { class: 'b24-slider-head' },
            h('h2', { id: 'b24-slider-title' }, content.title),
            closeButton,
          ),
          ...content.lines.map((line) => h('p', { class: 'b24-slider-line' }, line)),
        ),
      )
      current = { element, done: resolve }
      container.append(element)
      closeButton.focus()
    })
  }

  return { open, close }
}
