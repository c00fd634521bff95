import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestRedis, type TestRedis } from '../testing.js';
import { MetricsStore } from './metrics-store.js';

let ctx: TestRedis;
beforeAll(async () => {
  ctx = await openTestRedis('metrics');
});
afterAll(async () => ctx.cleanup());

describe('MetricsStore', () => {
  it('adds up increments from several writers per label set', async () => {
    const a = new MetricsStore(ctx.redis, ctx.keys);
    const b = new MetricsStore(ctx.redis, ctx.keys);
    await a.increment('polls', { outcome: 'fetched' });
    await b.increment('polls', { outcome: 'fetched' }, 2);
    await b.increment('polls', { outcome: 'failed' });
    await a.increment('itemsNew', {}, 5);
    await a.increment('itemsNew', {}, 0);
    const samples = await a.snapshot();
    expect(samples).toEqual(
      expect.arrayContaining([
        { counter: 'polls', labels: { outcome: 'fetched' }, value: 3 },
        { counter: 'polls', labels: { outcome: 'failed' }, value: 1 },
        { counter: 'itemsNew', labels: {}, value: 5 },
      ]),
    );
    expect(samples).toHaveLength(3);
  });
});
