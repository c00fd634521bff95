import { loadConfig } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '../src/system.js';

let redis: TestRedis;
let system: RunningSystem;

beforeAll(async () => {
  redis = await openTestRedis('demo');
  const config = loadConfig({ REDIS_URL: redis.url, KEY_PREFIX: redis.prefix, PORT: '0', LOG_LEVEL: 'silent' });
  system = await startSystem(config, 'auto');
});

afterAll(async () => {
  await system?.stop();
  await redis?.cleanup();
});

async function poll<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('tension up with no feeds configured (offline demo)', () => {
  it('runs the demo: simulated feeds are polled, scored and charted without internet', async () => {
    expect(system.simulator).toBeDefined();
    expect(system.simulator?.origin).toMatch(/^http:\/\/127\.0\.0\.1:/);
    const base = system.dashboard.url;
    const feeds = (await (await fetch(`${base}/api/feeds`)).json()) as { feeds: Array<{ id: string; demo: boolean }> };
    expect(feeds.feeds.length).toBe(5);
    expect(feeds.feeds.every((feed) => feed.demo)).toBe(true);

    const items = await poll('scored demo items', async () => {
      const body = (await (await fetch(`${base}/api/items?limit=100`)).json()) as { items: Array<{ score: { label: string } }> };
      return body.items.length >= 20 ? body.items : undefined;
    });
    const labels = new Set(items.map((item) => item.score.label));
    expect(labels.has('escalation')).toBe(true);
    expect(labels.has('de-escalation')).toBe(true);

    const series = (await (await fetch(`${base}/api/series?step=600`)).json()) as { points: Array<{ level: number }> };
    expect(series.points.some((point) => point.level > 0)).toBe(true);
  });

  it('points the demo feeds at a new simulator on the next start, keeping what the user set, and pauses them outside demo mode', async () => {
    const feeds = system.dashboard.deps.feeds;
    const before = await feeds.get('demo-arvo-wire');
    expect(before?.url.startsWith(system.simulator?.origin ?? '-')).toBe(true);
    if (before) await feeds.put({ ...before, weight: 0.4, topics: ['arvenia-kostrava'] });
    await system.stop();
    const config = loadConfig({ REDIS_URL: redis.url, KEY_PREFIX: redis.prefix, PORT: '0', LOG_LEVEL: 'silent' });
    system = await startSystem(config, 'on');
    const moved = await system.dashboard.deps.feeds.get('demo-arvo-wire');
    expect(moved?.url.startsWith(system.simulator?.origin ?? '-')).toBe(true);
    expect(moved).toMatchObject({ enabled: true, weight: 0.4, topics: ['arvenia-kostrava'] });
    await system.stop();
    system = await startSystem(config, 'off');
    expect(system.simulator).toBeUndefined();
    expect(await system.dashboard.deps.feeds.get('demo-arvo-wire')).toMatchObject({ enabled: false, weight: 0.4, topics: ['arvenia-kostrava'] });
    expect(await system.dashboard.deps.queues.feedPoll.getJobScheduler('feed-demo-arvo-wire')).toBeUndefined();
  });
});
