import type { FeedFormat } from '../types.js';

/** A text value as the feed gave it, and whether it is HTML or plain text. */
export interface FeedText {
  value: string;
  kind: 'html' | 'text';
}

/**
 * One item as extracted from any format, before normalisation. Lists hold
 * candidates in order of preference; normalisation takes the first usable one.
 */
export interface RawEntry {
  guid?: string;
  /** True for Atom ids, which are IRIs a relative xml:base applies to. */
  guidIsIri?: boolean;
  links: string[];
  /** xml:base declared on the item itself. */
  base?: string;
  title?: FeedText;
  summary?: FeedText;
  content?: FeedText;
  authors: string[];
  dates: string[];
  categories: string[];
}

/** A feed as extracted, before normalisation. */
export interface RawFeed {
  format: FeedFormat;
  title?: FeedText;
  link?: string;
  /** xml:base declared on the root or channel. */
  base?: string;
  entries: RawEntry[];
}
