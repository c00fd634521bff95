import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The gofeed test corpus (mmcdole/gofeed, MIT): feed files, most with a
 * `.json` beside them giving what gofeed extracts. We map gofeed's field
 * names to ours; we do not use its code.
 */

/** The item fields we compare, in gofeed's values mapped to our meaning. */
export interface ExpectedItem {
  title?: string;
  link?: string;
  guid?: string;
  /** A date string as gofeed gives it (already parsed to RFC 3339 where it parsed). */
  published?: string;
  /** gofeed's description/summary, else its content. */
  summary?: string;
}

/** The feed-level fields we compare. */
export interface ExpectedFeed {
  title?: string;
  link?: string;
}

/** Which struct the expected JSON is: gofeed's RSS or Atom parser output, its universal Feed, or JSON Feed itself. */
export type ExpectedShape = 'rss' | 'atom' | 'universal' | 'jsonfeed';

/** One corpus file to fetch, with what gofeed extracted from it when known. */
export interface CorpusCase {
  /** Path relative to the corpus folder. */
  file: string;
  expected?: { shape: ExpectedShape; feed: ExpectedFeed; items: ExpectedItem[] };
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function firstString(value: unknown): string | undefined {
  return Array.isArray(value) ? str(value[0]) : undefined;
}

function rssItem(item: Json): ExpectedItem {
  const guid = isObject(item.guid) ? str(item.guid.value) : str(item.guid);
  const dc = isObject(item.dcExt) ? item.dcExt : {};
  return {
    title: str(item.title),
    link: str(item.link),
    guid,
    published: str(item.pubDateParsed) ?? firstString(dc.date),
    summary: str(item.description) ?? str(item.content),
  };
}

function atomItem(entry: Json): ExpectedItem {
  const links = Array.isArray(entry.links) ? entry.links.filter(isObject) : [];
  const alternate = links.find((link) => link.rel === undefined || link.rel === 'alternate');
  const content = isObject(entry.content) ? str(entry.content.value) : str(entry.content);
  return {
    title: str(entry.title),
    link: str(alternate?.href),
    guid: str(entry.id),
    published: str(entry.publishedParsed) ?? str(entry.updatedParsed),
    summary: str(entry.summary) ?? content,
  };
}

function universalItem(item: Json): ExpectedItem {
  return {
    title: str(item.title),
    link: str(item.link),
    guid: str(item.guid),
    published: str(item.publishedParsed) ?? str(item.updatedParsed),
    summary: str(item.description) ?? str(item.content),
  };
}

function jsonFeedItem(item: Json): ExpectedItem {
  return {
    title: str(item.title),
    link: str(item.url) ?? str(item.external_url),
    guid: str(item.id),
    published: str(item.date_published) ?? str(item.date_modified),
    summary: str(item.summary) ?? str(item.content_html) ?? str(item.content_text),
  };
}

function feedOf(shape: ExpectedShape, feed: Json): ExpectedFeed {
  if (shape === 'jsonfeed') return { title: str(feed.title), link: str(feed.home_page_url) };
  if (shape === 'atom') return { title: str(feed.title), link: atomItem(feed).link };
  return { title: str(feed.title), link: str(feed.link) };
}

const MAPPERS: Readonly<Record<ExpectedShape, (item: Json) => ExpectedItem>> = {
  rss: rssItem,
  atom: atomItem,
  universal: universalItem,
  jsonfeed: jsonFeedItem,
};

function shapeOf(file: string): ExpectedShape {
  if (file.startsWith('parser/rss/')) return 'rss';
  if (file.startsWith('parser/atom/')) return 'atom';
  if (file.startsWith('parser/json/')) return 'jsonfeed';
  return 'universal';
}

function expectedFor(root: string, file: string): CorpusCase['expected'] {
  const base = file.replace(/\.(xml|json)$/, '');
  const candidate = file.endsWith('.json') ? `${base}_expected.json` : `${base}.json`;
  if (!existsSync(path.join(root, candidate))) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(path.join(root, candidate), 'utf8'));
  if (!isObject(parsed)) return undefined;
  const shape = shapeOf(file);
  const list = parsed.items ?? parsed.entries;
  const items = Array.isArray(list) ? list.filter(isObject).map(MAPPERS[shape]) : [];
  return { shape, feed: feedOf(shape, parsed), items };
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
  );
}

/**
 * Every feed file in the corpus: all `.xml` files, and the `.json` files
 * that are inputs (in json folders and `universal/`, not `_expected.json`
 * and not the expectation beside an `.xml`).
 */
export function corpusCases(root: string): CorpusCase[] {
  const files = walk(root).map((file) => path.relative(root, file).split(path.sep).join('/'));
  const inputs = files.filter((file) => {
    if (file.endsWith('.xml')) return true;
    if (!file.endsWith('.json') || file.endsWith('_expected.json')) return false;
    return (file.includes('/json/') || file.startsWith('parser/universal/')) && !files.includes(file.replace(/\.json$/, '.xml'));
  });
  return inputs.sort().map((file) => {
    const expected = expectedFor(root, file);
    return expected ? { file, expected } : { file };
  });
}
