import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestRedis, type TestRedis } from '../testing.js';
import type { Feed } from '../schemas/feed.js';
import { FeedStore } from './feed-store.js';

let ctx: TestRedis;
let feeds: FeedStore;
const at = '2026-11-25T12:00:00.000Z';
const feed = (id: string): Feed => ({ id, url: `https://news.test/${id}.xml`, title: id, intervalSeconds: 300, weight: 1, enabled: true, topics: [], demo: false, createdAt: at, updatedAt: at });

beforeAll(async () => {
  ctx = await openTestRedis('feeds');
  feeds = new FeedStore(ctx.redis, ctx.keys);
});
afterAll(async () => ctx.cleanup());

describe('FeedStore', () => {
  it('round-trips feeds and lists them in creation order', async () => {
    await feeds.put({ ...feed('b'), createdAt: '2026-11-25T12:00:01.000Z' });
    await feeds.put(feed('a'));
    expect((await feeds.list()).map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(await feeds.get('a')).toEqual(feed('a'));
    expect(await feeds.get('nope')).toBeUndefined();
  });

  it('refuses to store a feed that breaks the schema', async () => {
    await expect(feeds.put({ ...feed('c'), url: 'ftp://x' })).rejects.toThrow(/http/);
    expect(await feeds.get('c')).toBeUndefined();
  });

  it('marks items seen once, whoever asks first', async () => {
    const first = await feeds.markSeen('a', ['i1', 'i2'], 1_000, 10_000);
    const second = await feeds.markSeen('a', ['i2', 'i3'], 2_000, 10_000);
    expect([...first]).toEqual(['i1', 'i2']);
    expect([...second]).toEqual(['i3']);
    await feeds.unmarkSeen('a', ['i3']);
    expect([...(await feeds.markSeen('a', ['i3'], 3_000, 10_000))]).toEqual(['i3']);
  });

  it('keeps health and validators, and deletes them with the feed', async () => {
    expect(await feeds.getHealth('a')).toEqual({ consecutiveFailures: 0, itemsSeen: 0, lastNewItems: 0 });
    await feeds.putHealth('a', { consecutiveFailures: 2, itemsSeen: 5, lastNewItems: 1, lastStatus: 503 });
    await feeds.putValidators('a', { etag: '"x"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' });
    expect((await feeds.getHealthMany(['a', 'b'])).get('a')?.lastStatus).toBe(503);
    expect(await feeds.getValidators('a')).toEqual({ etag: '"x"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' });
    expect(await feeds.delete('a')).toBe(true);
    expect(await feeds.getHealth('a')).toEqual({ consecutiveFailures: 0, itemsSeen: 0, lastNewItems: 0 });
    expect(await feeds.getValidators('a')).toEqual({});
    expect(await ctx.redis.exists(ctx.keys.feedSeen('a'))).toBe(0);
  });
});
