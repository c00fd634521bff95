import { requestPoll, type LiveEvent } from '@tension/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerHandle } from '../src/start.js';
import { addFeed } from './support/feed-fixtures.js';
import { startTestFeedServer, type TestFeedServer } from './support/rss-server.js';
import { startTestWorker, type TestWorker } from './support/test-worker.js';
import { waitFor } from './support/wait-for.js';

let running: TestWorker;
let worker: WorkerHandle;
let server: TestFeedServer;

beforeAll(async () => {
  server = await startTestFeedServer();
  running = await startTestWorker('pipeline');
  worker = running.worker;
});

afterAll(async () => {
  await running?.close();
  await server?.close();
});

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('feed → score → record → level', () => {
  it('stores scored items, counts them in the series and publishes live events', async () => {
    const { deps } = worker;
    const before = await deps.events.lastId();
    server.setFeed('/news.xml', [
      { guid: 'n1', title: 'Missile strike kills 30 soldiers near the border', link: 'http://news.test/1', publishedAt: minutesAgo(3) },
      { guid: 'n2', title: 'Foreign ministers meet for ceasefire talks', link: 'http://news.test/2', publishedAt: minutesAgo(2) },
      { guid: 'n3', title: 'Central bank holds interest rates', publishedAt: minutesAgo(1) },
    ]);
    await addFeed(deps.feeds, deps.queues, { id: 'news', url: server.url('/news.xml') });
    await waitFor('three stored items', async () => (await deps.items.count()) === 3);

    const page = await deps.items.page({ limit: 10 });
    const byGuid = new Map(page.items.map((item) => [item.guid, item]));
    expect(byGuid.get('n1')?.score.label).toBe('escalation');
    expect(byGuid.get('n2')?.score.label).toBe('de-escalation');
    expect(byGuid.get('n1')?.score.signals.length).toBeGreaterThan(0);
    expect(byGuid.get('n1')?.topics).toEqual(['default']);

    const buckets = await deps.series.buckets('default', Date.now() - 3_600_000, Date.now());
    expect(buckets.reduce((sum, bucket) => sum + bucket.items, 0)).toBe(3);
    expect(buckets.reduce((sum, bucket) => sum + bucket.escalation, 0)).toBeGreaterThan(0);

    // The level clock also publishes (0 before any item); wait for the update the items caused.
    const events = await waitFor('a level event above 0', async () => {
      const all = await deps.events.after(before);
      return all.some((stored) => stored.event.type === 'level' && stored.event.data.level > 0) ? all : undefined;
    });
    const types = new Set(events.map((stored) => stored.event.type));
    expect(types).toEqual(new Set<LiveEvent['type']>(['item', 'level', 'feed']));
    expect(events.filter((stored) => stored.event.type === 'item')).toHaveLength(3);

    const health = await deps.feeds.getHealth('news');
    expect(health).toMatchObject({ lastStatus: 200, consecutiveFailures: 0, itemsSeen: 3, lastNewItems: 3 });
  });

  it('sends validators and handles 304 cheaply; a new item is picked up on the next poll', async () => {
    const { deps } = worker;
    await requestPoll(deps.queues, 'news', 'manual');
    await waitFor('a 304 answer', () => server.hits('/news.xml').notModified >= 1);
    await waitFor('health recording the 304', async () => (await deps.feeds.getHealth('news')).lastStatus === 304);
    server.setFeed('/news.xml', [
      { guid: 'n4', title: 'Troops deployed to the strait after naval clash', publishedAt: minutesAgo(0) },
      { guid: 'n1', title: 'Missile strike kills 30 soldiers near the border', link: 'http://news.test/1', publishedAt: minutesAgo(3) },
    ]);
    await requestPoll(deps.queues, 'news', 'manual');
    await waitFor('the new item', async () => (await deps.items.count()) === 4);
    expect((await deps.feeds.getHealth('news')).itemsSeen).toBe(4);
  });

  it('records a failing feed with a readable error and keeps serving the others', async () => {
    const { deps } = worker;
    await addFeed(deps.feeds, deps.queues, { id: 'missing', url: server.url('/does-not-exist.xml') });
    const health = await waitFor('the failure on the feed', async () => {
      const current = await deps.feeds.getHealth('missing');
      return current.consecutiveFailures > 0 ? current : undefined;
    });
    expect(health.lastStatus).toBe(404);
    expect(health.lastError?.message).toMatch(/404/);
    server.setFeed('/other.xml', [{ guid: 'o1', title: 'Envoy visits capital for talks on prisoner exchange' }]);
    await addFeed(deps.feeds, deps.queues, { id: 'other', url: server.url('/other.xml') });
    await waitFor('the other feed item', async () => (await deps.items.count('other')) === 1);
  });

  it('counts a story syndicated by several feeds once', async () => {
    const { deps } = worker;
    const title = 'Naval blockade declared around the disputed islands';
    for (const path of ['/syn-a.xml', '/syn-b.xml', '/syn-c.xml']) server.setFeed(path, [{ guid: `${path}-1`, title, publishedAt: minutesAgo(30) }]);
    for (const id of ['syn-a', 'syn-b', 'syn-c']) await addFeed(deps.feeds, deps.queues, { id, url: server.url(`/${id}.xml`) });
    await waitFor('three stored copies', async () => {
      const counts = await Promise.all(['syn-a', 'syn-b', 'syn-c'].map((id) => deps.items.count(id)));
      return counts.every((count) => count === 1);
    });
    const at = Date.parse(minutesAgo(30));
    const buckets = await deps.series.buckets('default', at - 60_000, at + 60_000);
    expect(buckets.reduce((sum, bucket) => sum + bucket.items, 0)).toBe(1);
  });
});
