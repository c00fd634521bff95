import type { FeedText, RawEntry } from '../parse/raw-feed.js';
import type { NormalizedItem } from '../types.js';
import { toHttpUrl } from './http-url.js';
import { parseFeedDate } from './parse-date.js';
import { capLength, collapseWhitespace, htmlToText } from './plain-text.js';

/** Limits of the core `RawItem` schema. */
export const LIMITS = { title: 2_000, summary: 20_000, author: 500, guid: 2_048, category: 200, categories: 50 } as const;

/** Plain text of a feed value, whatever its kind. */
export function plainText(text: FeedText | undefined): string {
  if (!text) return '';
  return text.kind === 'html' ? htmlToText(text.value) : collapseWhitespace(text.value);
}

/**
 * A display name from an author field: "jane@example.org (Jane Doe)" and
 * "Jane Doe <jane@example.org>" both give "Jane Doe"; a bare address stays.
 */
function authorName(raw: string): string {
  const text = collapseWhitespace(htmlToText(raw));
  const parenthesised = /^\S+@\S+\s*\(([^)]+)\)$/.exec(text);
  if (parenthesised?.[1]) return parenthesised[1].trim();
  const angled = /^(.+?)\s*[<(]\S+@\S+[>)]$/.exec(text);
  if (angled?.[1]) return angled[1].replace(/^"|"$/g, '').trim();
  return text;
}

function categories(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of raw) {
    const category = capLength(collapseWhitespace(htmlToText(value)), LIMITS.category);
    if (category !== '') seen.add(category);
    if (seen.size >= LIMITS.categories) break;
  }
  return [...seen];
}

/** Atom ids are IRIs: a relative one is resolved against the xml:base in effect, as gofeed and the spec do. */
function guidOf(entry: RawEntry, xmlBase: string | undefined): string | undefined {
  const guid = entry.guid?.trim();
  if (!guid) return undefined;
  const relative = entry.guidIsIri && xmlBase && !/^[a-z][a-z0-9+.-]*:/i.test(guid);
  const resolved = relative && URL.canParse(guid, xmlBase) ? new URL(guid, xmlBase).href : guid;
  return resolved.slice(0, LIMITS.guid);
}

/** Where relative references in one entry resolve: its xml:base, the feed's base, the feed link, the document URL. */
export interface EntryBases {
  /** The xml:base in effect above the entry, if any. */
  xmlBase?: string;
  /** What relative links resolve against when no xml:base applies. */
  fallback?: string;
}

/**
 * Turns one extracted entry into a {@link NormalizedItem}: plain text,
 * capped lengths, the first link that is absolute http(s), the first date
 * that parses. Does not decide whether the item is worth keeping.
 */
export function normalizeItem(entry: RawEntry, bases: EntryBases): NormalizedItem {
  const xmlBase = entry.base ? (toHttpUrl(entry.base, bases.xmlBase ?? bases.fallback) ?? bases.xmlBase) : bases.xmlBase;
  const linkBase = xmlBase ?? bases.fallback;
  const item: NormalizedItem = {
    title: capLength(plainText(entry.title), LIMITS.title),
    categories: categories(entry.categories),
  };
  const summary = plainText(entry.summary) || plainText(entry.content);
  const link = entry.links.map((candidate) => toHttpUrl(candidate, linkBase)).find((url) => url !== undefined);
  const publishedAt = entry.dates.map(parseFeedDate).find((date) => date !== undefined);
  const author = entry.authors.map(authorName).find((name) => name !== '');
  const guid = guidOf(entry, xmlBase);
  if (guid) item.guid = guid;
  if (link) item.link = link;
  if (summary) item.summary = capLength(summary, LIMITS.summary);
  if (author) item.author = capLength(author, LIMITS.author);
  if (publishedAt) item.publishedAt = publishedAt;
  return item;
}
