import { feedTopics, itemId, RawItem, type Feed } from '@tension/core';
import type { NormalizedItem } from '@tension/feeds';

/** At most this many items are taken from one response; feeds list newest first. */
export const MAX_ITEMS_PER_POLL = 500;

/**
 * Turns parsed items into raw items with deterministic ids, bound for the
 * feed's topics (the poll holds the feed, so no later step reads it for
 * them). Items older than
 * the retention window are skipped (they would be trimmed at once and come
 * back as "new" after their key expired); items that do not fit the schema
 * are dropped and counted, never fatal for the feed.
 */
export function toRawItems(
  feed: Feed,
  parsed: readonly NormalizedItem[],
  context: { now: number; retentionMs: number; defaultTopic: string },
): { items: RawItem[]; rejected: number } {
  const seenAt = new Date(context.now).toISOString();
  const topics = feedTopics(feed, context.defaultTopic);
  const oldest = context.now - context.retentionMs;
  const items: RawItem[] = [];
  const ids = new Set<string>();
  let rejected = 0;
  for (const entry of parsed.slice(0, MAX_ITEMS_PER_POLL)) {
    if (entry.publishedAt && Date.parse(entry.publishedAt) < oldest) continue;
    const candidate = RawItem.safeParse({
      id: itemId(feed.id, entry),
      feedId: feed.id,
      guid: entry.guid,
      link: entry.link,
      title: entry.title,
      summary: entry.summary,
      author: entry.author,
      publishedAt: entry.publishedAt,
      seenAt,
      topics,
    });
    if (!candidate.success) {
      rejected += 1;
      continue;
    }
    // A feed that repeats a guid lists one item twice; keep the first.
    if (ids.has(candidate.data.id)) continue;
    ids.add(candidate.data.id);
    items.push(candidate.data);
  }
  return { items, rejected };
}
