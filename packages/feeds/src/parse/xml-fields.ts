import { htmlToText } from '../normalize/plain-text.js';
import type { FeedText } from './raw-feed.js';
import { attr, childrenOf, hasChildElements, innerMarkup, textOf } from './xml-node.js';
import type { XmlValue } from './xml-node.js';

// Field readers shared by the RSS, RDF and Atom extractors.

/** Trimmed, non-empty texts of the children under `names`, in order; naked markup comes back as markup. */
export function texts(node: XmlValue, names: readonly string[]): string[] {
  return childrenOf(node, names)
    .map((child) => (hasChildElements(child) ? innerMarkup(child) : (textOf(child) ?? '')).trim())
    .filter((text) => text !== '');
}

/** An element holding HTML, either escaped (text) or naked (child elements). */
export function htmlText(node: XmlValue | undefined): FeedText | undefined {
  if (node === undefined) return undefined;
  const value = hasChildElements(node) ? innerMarkup(node) : (textOf(node) ?? '');
  return value.trim() === '' ? undefined : { value, kind: 'html' };
}

/** The first child under `names` with non-empty HTML. */
export function firstHtml(node: XmlValue, names: readonly string[]): FeedText | undefined {
  for (const child of childrenOf(node, names)) {
    const text = htmlText(child);
    if (text) return text;
  }
  return undefined;
}

/**
 * Media types whose Atom content is base64 (RFC 4287 §4.1.3.3). The RFC says
 * every non-text, non-XML type; in practice feeds label JSON and other text
 * with application types, so only types that are binary by nature are
 * decoded, and only when the content is valid base64.
 */
function isBase64(type: string, text: string): boolean {
  const binary = /^(image|audio|video|font)\//.test(type) || ['application/octet-stream', 'application/pdf', 'application/zip'].includes(type);
  return binary && /^[A-Za-z0-9+/=\s]+$/.test(text);
}

/**
 * An Atom text construct (title, summary, content): `type` text, html,
 * xhtml or a media type, and Atom 0.3's `mode` (xml, escaped, base64).
 * html, xhtml and inline markup are HTML; binary types are base64-decoded;
 * text and other types stay text.
 */
export function atomText(node: XmlValue | undefined): FeedText | undefined {
  if (node === undefined) return undefined;
  const type = (attr(node, 'type') ?? '').trim().toLowerCase();
  const mode = (attr(node, 'mode') ?? '').trim().toLowerCase();
  const isHtml = type === 'html' || type === 'text/html' || mode === 'escaped';
  if (hasChildElements(node)) {
    const markup = htmlText(node);
    // type="html" holds escaped HTML; wrapped in an element by mistake, its
    // text is still that HTML, so it is read as HTML once more.
    return markup && isHtml ? { value: htmlToText(markup.value), kind: 'html' } : markup;
  }
  const raw = textOf(node) ?? '';
  if (raw.trim() === '') return undefined;
  if (mode === 'base64' || isBase64(type, raw)) {
    return { value: Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8'), kind: 'html' };
  }
  // Escaped text in other XML types is text: "&lt;x/&gt;" means the characters "<x/>".
  const isMarkup = isHtml || type === 'xhtml' || type === 'application/xhtml+xml';
  return { value: raw, kind: isMarkup ? 'html' : 'text' };
}

/** The first Atom text construct under `names` with content. */
export function firstAtomText(node: XmlValue, names: readonly string[]): FeedText | undefined {
  for (const child of childrenOf(node, names)) {
    const text = atomText(child);
    if (text) return text;
  }
  return undefined;
}

/**
 * Hrefs of Atom `<link>` elements that are the entry's own page: alternate
 * links (no `rel` means alternate), those of an HTML type first. A link
 * given as text instead of `href` is accepted.
 */
export function atomLinks(links: readonly XmlValue[]): string[] {
  const ranked: Array<{ href: string; rank: number }> = [];
  for (const link of links) {
    const href = (attr(link, 'href') ?? textOf(link) ?? '').trim();
    const rel = (attr(link, 'rel') ?? 'alternate').trim().toLowerCase();
    const type = (attr(link, 'type') ?? '').toLowerCase();
    if (href === '' || rel !== 'alternate') continue;
    ranked.push({ href, rank: type === '' || type.includes('html') ? 0 : 1 });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.href);
}

/** Texts of `<link>` elements in RSS, where some feeds put the URL in `href` instead. */
export function linkTexts(node: XmlValue, names: readonly string[]): string[] {
  return childrenOf(node, names)
    .map((link) => (textOf(link)?.trim() || attr(link, 'href')?.trim()) ?? '')
    .filter((href) => href !== '');
}

/** Names of Atom persons (`<author><name>…</name></author>`), or the text of a bare author element. */
export function personNames(persons: readonly XmlValue[]): string[] {
  return persons
    .map((person) => (texts(person, ['name'])[0] ?? textOf(person) ?? '').trim())
    .filter((name) => name !== '');
}

/** Atom categories: `term`, else `label`, else the element's text. */
export function atomCategories(categories: readonly XmlValue[]): string[] {
  return categories
    .map((category) => (attr(category, 'term') ?? attr(category, 'label') ?? textOf(category) ?? '').trim())
    .filter((term) => term !== '');
}
