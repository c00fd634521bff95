import type { RawFeed } from '../parse/raw-feed.js';
import type { ParsedFeed } from '../types.js';
import { toHttpUrl } from './http-url.js';
import { capLength } from './plain-text.js';
import { normalizeItem, plainText } from './normalize-item.js';
import type { EntryBases } from './normalize-item.js';

/** The core `Feed` schema's title limit: the worker may store the feed's own title as the feed's name. */
const FEED_TITLE_LIMIT = 300;

/**
 * Works out where relative references resolve: an xml:base on the root or
 * channel (itself relative to the document URL), else the feed's own link,
 * else the document URL.
 */
export function basesOf(raw: RawFeed, documentUrl: string | undefined): { bases: EntryBases; link?: string } {
  const xmlBase = raw.base ? toHttpUrl(raw.base, documentUrl) : undefined;
  const link = toHttpUrl(raw.link, xmlBase ?? documentUrl);
  const fallback = link ?? documentUrl;
  const bases: EntryBases = {};
  if (xmlBase) bases.xmlBase = xmlBase;
  if (fallback) bases.fallback = fallback;
  return link ? { bases, link } : { bases };
}

/**
 * Normalises an extracted feed. Items with neither a title nor a summary are
 * dropped: there is nothing to show or score. Items without guid or link are
 * kept (the worker identifies them by a hash of their text).
 */
export function normalizeFeed(raw: RawFeed, documentUrl?: string): ParsedFeed {
  const { bases, link } = basesOf(raw, documentUrl);
  const items = raw.entries.map((entry) => normalizeItem(entry, bases)).filter((item) => item.title !== '' || item.summary !== undefined);
  const feed: ParsedFeed = { format: raw.format, items };
  const title = capLength(plainText(raw.title), FEED_TITLE_LIMIT);
  if (title) feed.title = title;
  if (link) feed.link = link;
  return feed;
}
