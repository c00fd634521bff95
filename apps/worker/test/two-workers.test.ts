import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EventLog, FeedStore, ItemStore, SeriesStore, createQueues, requestPoll, type Queues } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from './support/feed-fixtures.js';
import { startTestFeedServer, type TestEntry, type TestFeedServer } from './support/rss-server.js';
import { waitFor } from './support/wait-for.js';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
let redis: TestRedis;
let server: TestFeedServer;
let queues: Queues;
const workers: ChildProcess[] = [];

function spawnWorker(prefix: string, url: string): ChildProcess {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, REDIS_URL: url, KEY_PREFIX: prefix, ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'warn', WORKER_CONCURRENCY: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  workers.push(child);
  return child;
}

function entries(feed: string, count: number, shared: TestEntry[]): TestEntry[] {
  const own = Array.from({ length: count }, (_, index) => ({
    guid: `${feed}-${index}`,
    title: `${feed} report ${index}: artillery shelling and troop deployment along the front`,
    publishedAt: new Date(Date.now() - (index + 1) * 60_000).toISOString(),
  }));
  return [...shared, ...own];
}

beforeAll(async () => {
  redis = await openTestRedis('two-workers');
  server = await startTestFeedServer();
  queues = createQueues(redis.redis, redis.keys);
});

afterAll(async () => {
  for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
  await queues?.close();
  await server?.close();
  await redis?.cleanup();
});

describe('two worker processes on one Redis', () => {
  it('store and count each item exactly once, and both stop cleanly on SIGTERM', async () => {
    const feeds = new FeedStore(redis.redis, redis.keys);
    const items = new ItemStore(redis.redis, redis.keys, 30);
    const shared: TestEntry[] = [
      { guid: 'wire-1', title: 'Warships seize tanker in disputed waters', publishedAt: new Date(Date.now() - 90_000).toISOString() },
    ];
    const names = ['alpha', 'bravo', 'charlie', 'delta'];
    for (const name of names) server.setFeed(`/${name}.xml`, entries(name, 15, shared));
    for (const name of names) await addFeed(feeds, queues, { id: name, url: server.url(`/${name}.xml`), intervalSeconds: 1 });

    const [first, second] = [spawnWorker(redis.prefix, redis.url), spawnWorker(redis.prefix, redis.url)];
    // 4 feeds × (15 own + 1 shared guid) items; the shared headline is one story.
    await waitFor('every item stored', async () => (await items.count()) === 64, 30_000);
    // Let both workers poll every feed several more times (1 s schedules plus manual polls).
    for (let round = 0; round < 3; round += 1) {
      for (const name of names) await requestPoll(queues, name, 'manual');
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    await waitFor('queues drained', async () => {
      const counts = await Promise.all([queues.itemScore, queues.itemRecord].map((queue) => queue.getJobCounts('waiting', 'active', 'delayed')));
      return counts.every((count) => (count.waiting ?? 0) + (count.active ?? 0) + (count.delayed ?? 0) === 0);
    });

    expect(await items.count()).toBe(64);
    for (const name of names) expect(await items.count(name)).toBe(16);
    const buckets = await new SeriesStore(redis.redis, redis.keys).buckets('default', Date.now() - 3_600_000, Date.now());
    expect(buckets.reduce((sum, bucket) => sum + bucket.items, 0)).toBe(61);
    const log = new EventLog(redis.redis, redis.keys);
    const itemEvents = (await log.after('0-0', 10_000)).filter((stored) => stored.event.type === 'item');
    expect(itemEvents).toHaveLength(64);
    for (const name of names) expect((await feeds.getHealth(name)).itemsSeen).toBe(16);
    expect(await queues.itemScore.getWorkersCount()).toBeGreaterThanOrEqual(2);

    const exits = [first, second].map((child) => new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code))));
    first?.kill('SIGTERM');
    second?.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual([0, 0]);
  });
});
