import { FeedStore, feedSchedulerId, loadConfig, scheduleOffsetMs, type FeedHealth } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeed } from '../src/feeds/poll-feed.js';
import { start, type WorkerHandle } from '../src/start.js';
import { addFeed, storeFeed } from './support/feed-fixtures.js';
import { startScriptedFeedServer, type ScriptedFeedServer } from './support/scripted-feed-server.js';

// The worker runs on this clock, so backoff deadlines are exact and the test
// can step past them without waiting.
let clock = Date.now();
let redis: TestRedis;
let worker: WorkerHandle;
let server: ScriptedFeedServer;

const DAY_S = 86_400;
const quiet = [{ guid: 'q1', title: 'Nothing much happened today' }];

beforeAll(async () => {
  redis = await openTestRedis('backoff');
  server = await startScriptedFeedServer();
  server.answer('/quiet.xml', { entries: quiet });
  // Stored before the worker starts, so its start-up reconciliation creates their schedulers.
  const feeds = new FeedStore(redis.redis, redis.keys);
  for (const id of ['sched-a', 'sched-b']) await storeFeed(feeds, { id, url: server.url('/quiet.xml'), intervalSeconds: DAY_S });
  const config = loadConfig({ KEY_PREFIX: redis.prefix, ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'silent', FETCH_TIMEOUT_MS: '5000', FETCH_CONNECT_TIMEOUT_MS: '3000' });
  worker = await start(config, { redisUrl: redis.url, now: () => clock });
});

afterAll(async () => {
  await worker?.close();
  await server?.close();
  await redis?.cleanup();
});

const iso = (ms: number) => new Date(ms).toISOString();
const health = (id: string) => worker.deps.feeds.getHealth(id);
/** Milliseconds from the clock to the feed's backoff deadline. */
const backoffLeft = (current: FeedHealth) => Date.parse(current.backoffUntil ?? '') - clock;

describe('Retry-After on the real poll path', () => {
  it.each([
    [429, 'rate_limited'],
    [503, 'unavailable'],
  ])('a %i with Retry-After: 120 holds scheduled polls off for 120 s, but a manual poll still fetches', async (status, code) => {
    const { deps } = worker;
    const id = `retry-${status}`;
    const path = `/${id}.xml`;
    server.answer(path, { status, headers: { 'Retry-After': '120' } });
    await storeFeed(deps.feeds, { id, url: server.url(path), intervalSeconds: 300 });

    const failedAt = clock;
    expect(await pollFeed(deps, id, 'created')).toMatchObject({ outcome: 'failed', code });
    const afterFailure = await health(id);
    // A first failure alone would not back off at all: the 120 s can only come from the header.
    expect(afterFailure).toMatchObject({ consecutiveFailures: 1, lastStatus: status, backoffUntil: iso(failedAt + 120_000) });
    expect(afterFailure.lastError).toMatchObject({ code, message: expect.stringMatching(/2 minutes/) });
    expect(server.hits(path)).toBe(1);

    clock += 119_000;
    expect(await pollFeed(deps, id, 'schedule')).toEqual({ outcome: 'backing-off' });
    expect(server.hits(path)).toBe(1);
    expect(await health(id)).toEqual(afterFailure);

    // A user asking for a poll overrides the server's wish; this one succeeds and lifts the backoff.
    server.answer(path, { entries: [{ guid: `${id}-1`, title: 'Border crossing reopens after talks' }] });
    expect(await pollFeed(deps, id, 'manual')).toMatchObject({ outcome: 'fetched', newItems: 1 });
    expect(server.hits(path)).toBe(2);
    expect((await health(id)).backoffUntil).toBeUndefined();
  });
});

describe('backoff after consecutive failures', () => {
  it('grows the delay with each failure, skips scheduled polls inside it, and resets on one success', async () => {
    const { deps } = worker;
    const id = 'flaky';
    const path = '/flaky.xml';
    const intervalMs = 60_000;
    server.answer(path, { status: 500 });
    await storeFeed(deps.feeds, { id, url: server.url(path), intervalSeconds: intervalMs / 1000 });

    expect(await pollFeed(deps, id, 'created')).toMatchObject({ outcome: 'failed', code: 'http_status' });
    // One failure waits only for the next scheduled poll, which therefore fetches.
    const first = await health(id);
    expect(first.consecutiveFailures).toBe(1);
    expect(first.backoffUntil).toBeUndefined();
    clock += intervalMs;
    expect(await pollFeed(deps, id, 'schedule')).toMatchObject({ outcome: 'failed' });

    const delays: number[] = [];
    for (let failures = 2; failures <= 4; failures += 1) {
      const current = await health(id);
      expect(current.consecutiveFailures).toBe(failures);
      expect(current.lastError?.code).toBe('http_status');
      const delay = backoffLeft(current);
      // Doubling from the interval with ±20 % jitter: 2^(n-1) × interval × [0.8, 1.2].
      expect(delay).toBeGreaterThanOrEqual(0.8 * 2 ** (failures - 1) * intervalMs);
      expect(delay).toBeLessThanOrEqual(1.2 * 2 ** (failures - 1) * intervalMs);
      delays.push(delay);

      const hitsBefore = server.hits(path);
      clock += delay - 1;
      expect(await pollFeed(deps, id, 'schedule')).toEqual({ outcome: 'backing-off' });
      expect(server.hits(path)).toBe(hitsBefore);
      clock += 1;
      if (failures < 4) {
        expect(await pollFeed(deps, id, 'schedule')).toMatchObject({ outcome: 'failed' });
        expect(server.hits(path)).toBe(hitsBefore + 1);
      }
    }
    expect(delays[1]).toBeGreaterThan(delays[0] ?? Infinity);
    expect(delays[2]).toBeGreaterThan(delays[1] ?? Infinity);

    server.answer(path, { entries: [{ guid: 'f1', title: 'Power restored across the region' }] });
    const recoveredAt = clock;
    expect(await pollFeed(deps, id, 'schedule')).toMatchObject({ outcome: 'fetched', newItems: 1 });
    const recovered = await health(id);
    expect(recovered).toMatchObject({ consecutiveFailures: 0, lastStatus: 200, lastSuccessAt: iso(recoveredAt) });
    expect(recovered.backoffUntil).toBeUndefined();
    expect(recovered.lastError).toBeUndefined();
    // Recovered means polled on schedule again, not held off by the old backoff.
    clock += 1;
    expect((await pollFeed(deps, id, 'schedule')).outcome).toBe('not-modified');
  });
});

describe('poll schedules', () => {
  it('gives each feed a scheduler whose stored offset is its own stable jitter inside the interval', async () => {
    const { deps } = worker;
    await addFeed(deps.feeds, deps.queues, { id: 'sched-c', url: server.url('/quiet.xml'), intervalSeconds: DAY_S });
    const every = DAY_S * 1000;
    const offsets: number[] = [];
    for (const id of ['sched-a', 'sched-b', 'sched-c']) {
      const scheduler = await deps.queues.feedPoll.getJobScheduler(feedSchedulerId(id));
      expect(scheduler, id).toMatchObject({ every, offset: scheduleOffsetMs(id, every) });
      // The offset is not just stored: the next poll is due at that point of the interval.
      expect((scheduler?.next ?? Number.NaN) % every, id).toBe(scheduler?.offset);
      offsets.push(scheduler?.offset ?? 0);
    }
    expect(new Set(offsets).size).toBe(3);
  });
});
