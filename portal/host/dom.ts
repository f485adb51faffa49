// A tiny element builder. Children are appended as text nodes, so nothing that passes through
// here can become markup — portal and app strings stay text.

type Child = Node | string | number | false | null | undefined

export interface Props {
  class?: string
  id?: string
  attrs?: Record<string, string>
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (props.class) element.className = props.class
  if (props.id) element.id = props.id
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value)
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener)
  }
  append(element, ...children)
  return element
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)))
  }
}

/** A labelled form control: the label wraps its text and the control for a real association. */
export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', {}, label), control)
}

export function select(
  options: readonly (string | [value: string, label: string])[],
  value: string,
) {
  const element = h('select')
  for (const option of options) {
    const [optionValue, optionLabel] = typeof option === 'string' ? [option, option] : option
    element.append(h('option', { attrs: { value: optionValue } }, optionLabel))
  }
  element.value = value
  return element
}
