import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestRedis, type TestRedis } from '../testing.js';
import type { ScoredItem } from '../schemas/item.js';
import { EventLog } from './event-log.js';
import { ItemStore, decodeCursor } from './item-store.js';
import { SeriesStore } from './series-store.js';

let ctx: TestRedis;
let items: ItemStore;
const now = Date.UTC(2026, 10, 25, 12, 0);

function scored(id: string, minutesAgo: number, overrides: Partial<ScoredItem> = {}): ScoredItem {
  const at = new Date(now - minutesAgo * 60_000).toISOString();
  return {
    id,
    feedId: 'feed1',
    title: `Title ${id}`,
    seenAt: at,
    placedAt: at,
    topics: ['default'],
    storyId: `s-${id}`,
    score: { label: 'escalation', escalation: 6, deescalation: 1, net: 5, signals: [], actors: [], lexiconVersion: 't' },
    ...overrides,
  };
}

beforeAll(async () => {
  ctx = await openTestRedis('items');
  items = new ItemStore(ctx.redis, ctx.keys, 30);
});
afterAll(async () => ctx.cleanup());

describe('ItemStore.record', () => {
  it('stores and counts an item exactly once however often it is recorded', async () => {
    const item = scored('a1', 5);
    const outcomes = await Promise.all([1, 2, 3].map(() => items.record(item, { escalation: 6, deescalation: 1 }, now)));
    expect(outcomes.filter((outcome) => outcome.stored)).toHaveLength(1);
    const buckets = await new SeriesStore(ctx.redis, ctx.keys).buckets('default', now - 3_600_000, now);
    expect(buckets).toEqual([{ t: now - 5 * 60_000, escalation: 6, deescalation: 1, items: 1 }]);
    expect(await items.get('a1')).toEqual(item);
  });

  it('stores a syndicated copy but counts the story once', async () => {
    const first = await items.record(scored('b1', 10, { storyId: 'shared' }), { escalation: 3, deescalation: 0 }, now);
    const copy = await items.record(scored('b2', 10, { storyId: 'shared', feedId: 'feed2' }), { escalation: 3, deescalation: 0 }, now);
    expect([first.counted, copy.counted]).toEqual([true, false]);
    expect(copy.stored).toBe(true);
    const [bucket] = await new SeriesStore(ctx.redis, ctx.keys).buckets('default', now - 10 * 60_000, now - 10 * 60_000);
    expect(bucket?.items).toBe(1);
  });

  it("gives a feed's item index the items' retention, so a deleted feed leaves nothing behind for good", async () => {
    await items.record(scored('r1', 1, { feedId: 'feed-ttl' }), { escalation: 1, deescalation: 0 }, now);
    const ttl = await ctx.redis.ttl(ctx.keys.feedItems('feed-ttl'));
    expect(ttl).toBeGreaterThan(29 * 86_400);
    expect(ttl).toBeLessThanOrEqual(30 * 86_400);
  });

  it('lists an item under each of its topics, pages a topic alone, and purges it from there with its feed', async () => {
    await items.record(scored('t1', 3, { feedId: 'feed-t', topics: ['us-venezuela', 'caribbean'] }), { escalation: 2, deescalation: 0 }, now);
    await items.record(scored('t2', 2, { feedId: 'feed-u', topics: ['caribbean'] }), { escalation: 2, deescalation: 0 }, now);
    const ids = async (topic: string) => (await items.page({ limit: 10, topic })).items.map((item) => item.id);
    expect(await ids('us-venezuela')).toEqual(['t1']);
    expect(await ids('caribbean')).toEqual(['t2', 't1']);
    const series = new SeriesStore(ctx.redis, ctx.keys);
    expect((await series.buckets('us-venezuela', now - 3_600_000, now)).map((bucket) => bucket.items)).toEqual([1]);

    expect(await items.purgeFeed('feed-t')).toBe(1);
    expect(await ids('us-venezuela')).toEqual([]);
    expect(await ids('caribbean')).toEqual(['t2']);
  });

  it('appends an item event to the live log', async () => {
    const log = new EventLog(ctx.redis, ctx.keys);
    const before = await log.lastId();
    const outcome = await items.record(scored('c1', 1), { escalation: 1, deescalation: 0 }, now);
    const events = await log.after(before);
    expect(events.map((event) => event.id)).toEqual([outcome.eventId]);
    expect(events[0]?.event.type).toBe('item');
  });
});

describe('ItemStore.page', () => {
  it('pages newest first without gaps or repeats, also across equal timestamps', async () => {
    const local = new ItemStore(ctx.redis, ctx.keys, 30);
    for (let index = 0; index < 7; index += 1) {
      await local.record(scored(`p${index}`, index < 4 ? 100 : 100 + index, { feedId: 'pagefeed', storyId: `sp${index}` }), { escalation: 0, deescalation: 0 }, now);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await local.page({ limit: 3, feedId: 'pagefeed', ...(cursor ? { cursor: decodeCursor(cursor) } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['p3', 'p2', 'p1', 'p0', 'p4', 'p5', 'p6']);
  });

  it('rejects a cursor that is not one of ours', () => {
    expect(decodeCursor('not-a-cursor')).toBeUndefined();
  });
});
