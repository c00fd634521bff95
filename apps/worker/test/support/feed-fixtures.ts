import { Feed, requestPoll, scheduleFeed, type FeedStore, type Queues } from '@tension/core';

/** Stores a feed and schedules it the way the dashboard does. */
export async function addFeed(feeds: FeedStore, queues: Queues, input: { id: string; url: string; intervalSeconds?: number; weight?: number }): Promise<Feed> {
  const at = new Date().toISOString();
  const feed = Feed.parse({
    id: input.id,
    url: input.url,
    title: input.id,
    intervalSeconds: input.intervalSeconds ?? 3_600,
    weight: input.weight ?? 1,
    enabled: true,
    demo: false,
    createdAt: at,
    updatedAt: at,
  });
  await feeds.put(feed);
  await scheduleFeed(queues, feed);
  await requestPoll(queues, feed.id, 'created');
  return feed;
}
