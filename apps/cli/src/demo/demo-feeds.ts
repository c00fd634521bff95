import { Feed, requestPoll, scheduleFeed, type FeedStore, type Queues } from '@tension/core';
import type { FeedSimulator } from './feed-simulator.js';

/** Demo feeds poll often: the simulator is ours and local, and a newcomer should see movement quickly. */
export const DEMO_INTERVAL_SECONDS = 15;

/**
 * Points the demo feeds at this run's simulator (its port changes between
 * runs), creating them on first use, and polls each at once.
 */
export async function registerDemoFeeds(simulator: FeedSimulator, feeds: FeedStore, queues: Queues, now: number): Promise<Feed[]> {
  const at = new Date(now).toISOString();
  const registered: Feed[] = [];
  for (const outlet of simulator.feeds) {
    const id = `demo-${outlet.slug}`;
    const existing = await feeds.get(id);
    const feed = Feed.parse({
      id,
      url: outlet.url,
      title: outlet.title,
      intervalSeconds: DEMO_INTERVAL_SECONDS,
      // What a user set on a demo feed survives a restart; only where it points is rewritten.
      weight: existing?.weight ?? 1,
      topics: existing?.topics ?? [],
      enabled: true,
      demo: true,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    });
    await feeds.put(feed);
    await scheduleFeed(queues, feed);
    await requestPoll(queues, feed.id, 'created');
    registered.push(feed);
  }
  return registered;
}

/** Outside demo mode the simulator is not running: pause demo feeds rather than let them fail. */
export async function pauseDemoFeeds(feeds: FeedStore, queues: Queues, now: number): Promise<number> {
  let paused = 0;
  for (const feed of await feeds.list()) {
    if (!feed.demo || !feed.enabled) continue;
    const updated = { ...feed, enabled: false, updatedAt: new Date(now).toISOString() };
    await feeds.put(updated);
    await scheduleFeed(queues, updated);
    paused += 1;
  }
  return paused;
}
