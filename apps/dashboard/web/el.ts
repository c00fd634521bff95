export type Child = Node | string | null | undefined | false;

export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Creates an element with attributes and children. Strings become text
 * nodes, never markup: this is how feed text reaches the page. Event-handler
 * attributes are refused outright (listeners are attached in code).
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) throw new Error(`el(): event-handler attribute "${name}" is not allowed`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** Finds a required element of the page by id, or fails loudly at start-up. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The page is missing #${id} (${type.name})`);
  return element;
}
