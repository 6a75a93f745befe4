// A small element builder: the page sets text with textContent only, so article text is never markup.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; title?: string; data?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.data ?? {})) node.dataset[k] = v;
  for (const c of children) if (c) node.append(c);
  return node;
}

/** A button that runs `onClick`; used for every in-panel link so the keyboard works too. */
export function actionButton(label: Child[], onClick: () => void, className = 'link-button'): HTMLButtonElement {
  const b = el('button', { class: className }, ...label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}
