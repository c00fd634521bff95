import { Feed, requestPoll, scheduleFeed, type FeedStore, type Queues } from '@tension/core';

export interface TestFeedInput {
  id: string;
  url: string;
  title?: string;
  intervalSeconds?: number;
  weight?: number;
  topics?: string[];
}

/** Stores a feed without a job scheduler, so the only polls it gets are the ones a test makes: request counts and metrics stay exact. */
export async function storeFeed(feeds: FeedStore, input: TestFeedInput): Promise<Feed> {
  const at = new Date().toISOString();
  const feed = Feed.parse({
    id: input.id,
    url: input.url,
    title: input.title ?? input.id,
    intervalSeconds: input.intervalSeconds ?? 3_600,
    weight: input.weight ?? 1,
    enabled: true,
    topics: input.topics ?? [],
    demo: false,
    createdAt: at,
    updatedAt: at,
  });
  await feeds.put(feed);
  return feed;
}

/** Stores a feed and schedules it the way the dashboard does, with a first poll at once. */
export async function addFeed(feeds: FeedStore, queues: Queues, input: TestFeedInput): Promise<Feed> {
  const feed = await storeFeed(feeds, input);
  await scheduleFeed(queues, feed);
  await requestPoll(queues, feed.id, 'created');
  return feed;
}
