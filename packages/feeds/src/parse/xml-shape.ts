import type { FeedFormat } from '../types.js';

/** How much of the document we search for its root element. */
const HEAD_CHARS = 100_000;

/** What the start of an XML document says about it. */
export type XmlShape =
  | { kind: 'feed'; format: Exclude<FeedFormat, 'json'>; base?: string }
  | { kind: 'html' }
  | { kind: 'unsafe' }
  | { kind: 'other'; root?: string };

// Prolog: whitespace, the XML declaration and other processing instructions,
// comments, and a DOCTYPE with or without an internal subset. Each part can
// only end at its own terminator and whitespace is taken one character at a
// time, so a document that does not match fails in linear time instead of
// backtracking exponentially.
const PROLOG_AND_ROOT =
  /^(?:\s|<\?(?:[^?]|\?(?!>))*\?>|<!--(?:[^-]|-(?!->))*-->|<!DOCTYPE(?:[^[>]|\[[^\]]*\])*>)*<([A-Za-z_][\w:.-]*)([^>]*)>/i;

function formatOf(root: string): Exclude<FeedFormat, 'json'> | undefined {
  const name = root.toLowerCase();
  if (name === 'rss') return 'rss';
  if (name === 'feed') return 'atom';
  if (name === 'rdf:rdf') return 'rdf';
  return undefined;
}

/**
 * Classifies an XML document by its root element, before any parsing. A
 * document that declares entities (`<!ENTITY` before its root) is `unsafe`:
 * that is how billion-laughs expansion and external-entity reads start, and
 * no feed needs it.
 */
export function sniffXml(text: string): XmlShape {
  const head = text.slice(0, HEAD_CHARS);
  const match = PROLOG_AND_ROOT.exec(head);
  const prolog = match ? head.slice(0, match.index + match[0].length) : head;
  if (/<!ENTITY/i.test(prolog)) return { kind: 'unsafe' };
  if (/^\s*<!DOCTYPE\s+html/i.test(prolog)) return { kind: 'html' };
  const root = match?.[1];
  if (!root) return { kind: 'other' };
  if (['html', 'head', 'body'].includes(root.toLowerCase())) return { kind: 'html' };
  const format = formatOf(root);
  if (!format) return { kind: 'other', root };
  const base = /\sxml:base\s*=\s*["']([^"']*)["']/.exec(match[2] ?? '')?.[1];
  return base === undefined ? { kind: 'feed', format } : { kind: 'feed', format, base };
}
