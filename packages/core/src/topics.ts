import type { Feed } from './schemas/feed.js';
import type { TopicRouting } from './schemas/topic.js';

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

/** Whether an item that mentions `actors` counts towards a topic routed by `routing` (none: it does). */
export function countsTowards(routing: Pick<TopicRouting, 'actors' | 'match'> | undefined, actors: readonly string[]): boolean {
  if (routing === undefined || routing.actors.length === 0) return true;
  const mentioned = new Set(actors);
  return routing.match === 'all' ? routing.actors.every((actor) => mentioned.has(actor)) : routing.actors.some((actor) => mentioned.has(actor));
}

/** The topics among `topics` (its feed's) that an item mentioning `actors` counts towards. */
export function routeTopics(topics: readonly string[], routing: ReadonlyMap<string, Pick<TopicRouting, 'actors' | 'match'>>, actors: readonly string[]): string[] {
  return topics.filter((topic) => countsTowards(routing.get(topic), actors));
}
