/** The syntax a feed was written in. */
export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/**
 * One item as the rest of the system sees it: plain text only (markup
 * stripped, entities decoded, whitespace collapsed), lengths capped to the
 * core `RawItem` schema, links absolute http(s).
 */
export interface NormalizedItem {
  guid?: string;
  link?: string;
  /** Plain text, at most 2,000 characters; may be empty when the item only has a summary. */
  title: string;
  /** Plain text, at most 20,000 characters; the content when the feed gives no summary. */
  summary?: string;
  /** A display name, at most 500 characters. */
  author?: string;
  /** ISO-8601 UTC; only when the feed's date could be parsed. Future dates are kept. */
  publishedAt?: string;
  categories: string[];
}

/** A parsed and normalised feed. */
export interface ParsedFeed {
  title?: string;
  /** The site the feed belongs to, absolute http(s). */
  link?: string;
  items: NormalizedItem[];
  format: FeedFormat;
}
