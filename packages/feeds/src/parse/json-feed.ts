import { FeedParseError } from '../feed-parse-error.js';
import type { FeedText, RawEntry, RawFeed } from './raw-feed.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function text(value: unknown, kind: FeedText['kind']): FeedText | undefined {
  const content = str(value);
  return content === undefined ? undefined : { value: content, kind };
}

/** JSON Feed 1.1 `authors`, and 1.0's single `author`. */
function authorNames(item: Json): string[] {
  const list = Array.isArray(item.authors) ? item.authors : [item.author];
  return list.flatMap((author) => (isObject(author) && str(author.name) ? [String(author.name)] : []));
}

function entry(item: Json): RawEntry {
  const result: RawEntry = {
    links: [str(item.url), str(item.external_url)].filter((link): link is string => link !== undefined),
    authors: authorNames(item),
    dates: [str(item.date_published), str(item.date_modified)].filter((date): date is string => date !== undefined),
    categories: Array.isArray(item.tags) ? item.tags.flatMap((tag) => (str(tag) ? [String(tag)] : [])) : [],
  };
  const guid = str(item.id);
  const title = text(item.title, 'text');
  const summary = text(item.summary, 'text');
  const content = text(item.content_html, 'html') ?? text(item.content_text, 'text');
  if (guid !== undefined) result.guid = guid;
  if (title) result.title = title;
  if (summary) result.summary = summary;
  if (content) result.content = content;
  return result;
}

/** True when `value` looks like a JSON Feed: a version URL, or an items array. */
function isJsonFeed(value: unknown): value is Json & { items?: unknown } {
  if (!isObject(value)) return false;
  const version = typeof value.version === 'string' ? value.version.trim() : '';
  return /^(?:https?:\/\/jsonfeed\.org\/version\/)?1(?:\.\d+)?$/.test(version) || Array.isArray(value.items);
}

/** Reads a JSON Feed 1.0/1.1 document. */
export function readJsonFeed(source: string): RawFeed {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new FeedParseError('malformed', `The feed is not valid JSON (${(error as Error).message}). Ask the site to fix its JSON Feed, or use its RSS or Atom feed instead.`, {
      cause: error,
    });
  }
  if (!isJsonFeed(value)) {
    throw new FeedParseError('not_a_feed', 'The URL returned JSON that is not a JSON Feed (no version or items). Use the address of the feed itself.');
  }
  const items = Array.isArray(value.items) ? value.items.filter(isObject) : [];
  const feed: RawFeed = { format: 'json', entries: items.map(entry) };
  const title = text(value.title, 'text');
  const link = str(value.home_page_url);
  if (title) feed.title = title;
  if (link) feed.link = link;
  return feed;
}
