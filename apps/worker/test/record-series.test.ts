import { requestPoll, type CounterSample, type ScoredItem } from '@tension/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeed } from '../src/feeds/poll-feed.js';
import type { WorkerHandle } from '../src/start.js';
import { storeFeed } from './support/feed-fixtures.js';
import { startScriptedFeedServer, type ScriptedFeedServer } from './support/scripted-feed-server.js';
import { startTestWorker, type TestWorker } from './support/test-worker.js';
import { waitFor } from './support/wait-for.js';

let running: TestWorker;
let worker: WorkerHandle;
let server: ScriptedFeedServer;

beforeAll(async () => {
  server = await startScriptedFeedServer();
  running = await startTestWorker('record-series');
  worker = running.worker;
});

afterAll(async () => {
  await running?.close();
  await server?.close();
});

const MINUTE = 60_000;
/** RSS dates have whole seconds; this is what a parsed pubDate comes back as. */
const rssTime = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
const minuteOf = (iso: string) => Math.floor(Date.parse(iso) / MINUTE) * MINUTE;

async function storedItems(feedId: string, count: number): Promise<ScoredItem[]> {
  return waitFor(`${count} stored items of ${feedId}`, async () => {
    const page = await worker.deps.items.page({ feedId, limit: 50 });
    return page.items.length === count ? page.items : undefined;
  });
}

/** Waits until no poll, scoring or recording job is waiting or running, so every counter they touch is final. */
async function drained(): Promise<void> {
  const { queues } = worker.deps;
  await waitFor('poll, score and record queues to drain', async () => {
    const counts = await Promise.all([queues.feedPoll, queues.itemScore, queues.itemRecord].map((queue) => queue.getJobCounts('waiting', 'active', 'delayed')));
    return counts.every((count) => (count.waiting ?? 0) + (count.active ?? 0) + (count.delayed ?? 0) === 0);
  });
}

describe('where an item sits in time', () => {
  it('places a far-future pubDate at first-seen time and keeps a past pubDate', async () => {
    const { deps } = worker;
    const future = Date.now() + 2 * 86_400_000;
    const past = Date.now() - 45 * MINUTE;
    server.answer('/clocks.xml', {
      entries: [
        { guid: 'future', title: 'Warships gather off the coast as tensions rise', publishedAt: new Date(future).toISOString() },
        { guid: 'past', title: 'Envoys agree to resume ceasefire talks next week', publishedAt: new Date(past).toISOString() },
      ],
    });
    await storeFeed(deps.feeds, { id: 'clocks', url: server.url('/clocks.xml') });
    const before = Date.now();
    await requestPoll(deps.queues, 'clocks', 'created');
    const items = new Map((await storedItems('clocks', 2)).map((item) => [item.guid, item]));
    const after = Date.now();

    const ahead = items.get('future');
    // The wrong clock of the publisher is kept for display, but the item counts when we saw it.
    expect(ahead?.publishedAt).toBe(rssTime(future));
    expect(ahead?.placedAt).toBe(ahead?.seenAt);
    expect(Date.parse(ahead?.seenAt ?? '')).toBeGreaterThanOrEqual(before);
    expect(Date.parse(ahead?.seenAt ?? '')).toBeLessThanOrEqual(after);
    const behind = items.get('past');
    expect(behind?.placedAt).toBe(rssTime(past));
    expect(behind?.placedAt).not.toBe(behind?.seenAt);

    // The stored item order and the series both use placedAt.
    for (const item of [ahead, behind]) expect(Number(await running.redis.redis.zscore(running.redis.keys.items, item?.id ?? ''))).toBe(Date.parse(item?.placedAt ?? ''));
    await drained();
    const nextDays = await deps.series.buckets('default', after + MINUTE, future + MINUTE);
    expect(nextDays).toEqual([]);
    const seenBucket = await deps.series.buckets('default', minuteOf(ahead?.seenAt ?? ''), minuteOf(ahead?.seenAt ?? ''));
    expect(seenBucket[0]?.items).toBe(1);
    expect(seenBucket[0]?.escalation).toBeCloseTo(ahead?.score.escalation ?? Number.NaN, 3);
  });
});

describe('feed weight', () => {
  it('scales the mass an item adds to the series by its feed weight', async () => {
    const { deps } = worker;
    // Syndicated copies of one title count once, whichever feed came first, so
    // each feed carries its own wording of the story; the scores are checked equal below.
    const feeds = [
      { id: 'w-full', weight: 1, title: 'Missile strike kills 30 soldiers near the border, officials say', minutesAgo: 120 },
      { id: 'w-half', weight: 0.5, title: 'Missile strike kills 30 soldiers near the border, witnesses say', minutesAgo: 110 },
      { id: 'w-none', weight: 0, title: 'Missile strike kills 30 soldiers near the border, reporters say', minutesAgo: 100 },
    ];
    for (const feed of feeds) {
      server.answer(`/${feed.id}.xml`, { entries: [{ guid: feed.id, title: feed.title, publishedAt: new Date(Date.now() - feed.minutesAgo * MINUTE).toISOString() }] });
      await storeFeed(deps.feeds, { id: feed.id, url: server.url(`/${feed.id}.xml`), weight: feed.weight });
      await requestPoll(deps.queues, feed.id, 'created');
    }
    const items = await Promise.all(feeds.map(async (feed) => (await storedItems(feed.id, 1))[0]));
    await drained();
    const [full, half, none] = items;
    expect(full?.score.escalation).toBeGreaterThan(0);
    expect(half?.score).toEqual(full?.score);
    expect(none?.score).toEqual(full?.score);

    const bucketOf = async (item: ScoredItem | undefined) => {
      const t = minuteOf(item?.placedAt ?? '');
      const [bucket] = await deps.series.buckets('default', t, t);
      return bucket;
    };
    const [fullBucket, halfBucket, noneBucket] = await Promise.all(items.map(bucketOf));
    // Series masses are stored as integer thousandths, hence toBeCloseTo(…, 3).
    expect(fullBucket?.items).toBe(1);
    expect(fullBucket?.escalation).toBeCloseTo(full?.score.escalation ?? Number.NaN, 3);
    expect(halfBucket?.items).toBe(1);
    expect(halfBucket?.escalation).toBeCloseTo((fullBucket?.escalation ?? Number.NaN) / 2, 3);
    // Weight 0 still counts the item, with no pressure.
    expect(noneBucket).toMatchObject({ items: 1, escalation: 0, deescalation: 0 });
  });
});

describe('metrics from real polls', () => {
  it('counts polls by outcome, fetch failures by reason, new items and scored items by label', async () => {
    const { deps } = worker;
    server.answer('/m-news.xml', {
      entries: [
        { guid: 'm1', title: 'Artillery shelling hits army base overnight' },
        { guid: 'm2', title: 'Foreign ministers meet for ceasefire talks' },
        { guid: 'm3', title: 'Central bank holds interest rates' },
      ],
    });
    server.answer('/m-limited.xml', { status: 429, headers: { 'Retry-After': '600' } });
    for (const id of ['m-news', 'm-limited', 'm-missing']) await storeFeed(deps.feeds, { id, url: server.url(`/${id}.xml`) });
    await drained();
    const before = await deps.metrics.snapshot();

    expect(await pollFeed(deps, 'm-news', 'manual')).toMatchObject({ outcome: 'fetched', newItems: 3 });
    const scored = await storedItems('m-news', 3);
    expect(await pollFeed(deps, 'm-news', 'manual')).toEqual({ outcome: 'not-modified' });
    expect(await pollFeed(deps, 'm-limited', 'manual')).toMatchObject({ outcome: 'failed', code: 'rate_limited' });
    expect(await pollFeed(deps, 'm-limited', 'schedule')).toEqual({ outcome: 'backing-off' });
    expect(await pollFeed(deps, 'm-missing', 'manual')).toMatchObject({ outcome: 'failed', code: 'http_status' });
    await drained();

    expect(delta(before, await deps.metrics.snapshot())).toEqual({
      'polls outcome=fetched': 1,
      'polls outcome=not-modified': 1,
      'polls outcome=failed': 2,
      'polls outcome=backing-off': 1,
      'fetchFailures reason=rate_limited': 1,
      'fetchFailures reason=http_status': 1,
      itemsNew: 3,
      'itemsScored label=escalation': 1,
      'itemsScored label=de-escalation': 1,
      'itemsScored label=neutral': 1,
      'itemsRecorded counted=true': 3,
    });
    // The label counters agree with the labels actually stored.
    expect(scored.map((item) => item.score.label).sort()).toEqual(['de-escalation', 'escalation', 'neutral']);
  });
});

/** Counter increases between two snapshots, keyed "counter label=value", zero changes left out. */
function delta(before: CounterSample[], after: CounterSample[]): Record<string, number> {
  const name = (sample: CounterSample) => [sample.counter, ...Object.entries(sample.labels).map(([label, value]) => `${label}=${value}`)].join(' ');
  const start = new Map(before.map((sample) => [name(sample), sample.value]));
  const changes: Record<string, number> = {};
  for (const sample of after) {
    const change = sample.value - (start.get(name(sample)) ?? 0);
    if (change !== 0) changes[name(sample)] = change;
  }
  return changes;
}
