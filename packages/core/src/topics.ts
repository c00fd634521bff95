import type { Feed } from './schemas/feed.js';

/** The topics a feed's items count towards: its own, or the default topic when it names none. */
export function feedTopics(feed: Pick<Feed, 'topics'>, defaultTopic: string): string[] {
  return feed.topics.length > 0 ? [...feed.topics] : [defaultTopic];
}

/**
 * Every topic in use: the default topic first, then every topic a feed
 * names (paused feeds included, as their history still counts), sorted.
 */
export function knownTopics(feeds: ReadonlyArray<Pick<Feed, 'topics'>>, defaultTopic: string): string[] {
  const named = new Set(feeds.flatMap((feed) => feed.topics));
  named.delete(defaultTopic);
  return [defaultTopic, ...[...named].sort()];
}
