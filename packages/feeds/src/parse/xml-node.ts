/**
 * Readers for the object tree xml2js builds (rss-parser's XML layer, with
 * its defaults: every child in an array, attributes under `$`, text under
 * `_` when an element also has attributes or children).
 */

/**
 * Prefix of every element name in the trees we read (see read-xml.ts):
 * rss-parser sees names it does not know, so it leaves the fields to us.
 */
export const MARK = '~';

/**
 * An element: text, attributes and children by (marked) name, plus the
 * same children and text pieces in document order under `$$` (each with its
 * `#name`, `__text__` for text).
 */
export interface XmlElement {
  _?: string;
  $?: Record<string, string>;
  $$?: XmlElement[];
  '#name'?: string;
  [child: string]: unknown;
}

/** Keys xml2js uses for its own bookkeeping, not for child elements. */
const RESERVED = new Set(['$', '_', '$$', '#name']);

/** What xml2js gives for one element: its text alone, or an element object. */
export type XmlValue = string | XmlElement;

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The values of a child list (or a single value), skipping anything that is not XML. */
export function nodes(value: unknown): XmlValue[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((entry): entry is XmlValue => typeof entry === 'string' || isElement(entry));
}

/** The first value of a child list. */
export function firstNode(value: unknown): XmlValue | undefined {
  return nodes(value)[0];
}

/** The children of `node` called `name` (a qualified name as written in the document). */
export function children(node: XmlValue | undefined, name: string): XmlValue[] {
  return isElement(node) ? nodes(node[`${MARK}${name}`]) : [];
}

/** The children of `node` under any of `names`, in the order of `names`. */
export function childrenOf(node: XmlValue | undefined, names: readonly string[]): XmlValue[] {
  return names.flatMap((name) => children(node, name));
}

/** An attribute of `node`, if it has it. */
export function attr(node: XmlValue | undefined, name: string): string | undefined {
  return isElement(node) ? node.$?.[name] : undefined;
}

/** Names of the element children of `node`. */
function childNames(node: XmlElement): string[] {
  return Object.keys(node).filter((key) => !RESERVED.has(key));
}

/** True when `node` has element children ("naked" markup inside it). */
export function hasChildElements(node: XmlValue | undefined): boolean {
  return isElement(node) && childNames(node).length > 0;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Markup nested deeper than this is not a news item; stopping keeps hostile nesting off the stack. */
const MAX_DEPTH = 64;

function openTag(name: string, node: XmlElement): string {
  const attrs = Object.entries(node.$ ?? {})
    .map(([key, value]) => ` ${key}="${escapeAttr(value)}"`)
    .join('');
  return `<${name.startsWith(MARK) ? name.slice(MARK.length) : name}${attrs}>`;
}

/**
 * The inner markup of `node` as HTML, children and text in document order.
 * (Without the ordered `$$` list, text would come first and children after.)
 */
export function innerMarkup(node: XmlValue, depth = 0): string {
  if (typeof node === 'string') return escapeText(node);
  const ordered = node.$$;
  if (!ordered) return node._ === undefined ? '' : escapeText(node._);
  if (depth >= MAX_DEPTH) return '';
  let html = '';
  for (const child of ordered) {
    const name = child['#name'] ?? '';
    if (name === '__text__') {
      html += escapeText(child._ ?? '');
      continue;
    }
    const tag = openTag(name, child);
    html += `${tag}${innerMarkup(child, depth + 1)}</${tag.slice(1, tag.search(/[\s>]/))}>`;
  }
  return html;
}

/** The text of a simple element (its `_` or the string itself), untrimmed. */
export function textOf(node: XmlValue | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (typeof node === 'string') return node;
  return node._ ?? (hasChildElements(node) ? undefined : '');
}
