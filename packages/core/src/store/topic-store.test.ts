import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestRedis, type TestRedis } from '../testing.js';
import { TopicStore } from './topic-store.js';

let ctx: TestRedis;
let topics: TopicStore;
const at = '2026-12-03T12:00:00.000Z';

beforeAll(async () => {
  ctx = await openTestRedis('topic-store');
  topics = new TopicStore(ctx.redis, ctx.keys);
});
afterAll(async () => ctx.cleanup());

describe('TopicStore', () => {
  it('keeps, lists, reads several at once and forgets routing settings', async () => {
    await topics.put({ id: 'us-venezuela', actors: ['USA', 'VEN'], match: 'all', updatedAt: at });
    await topics.put({ id: 'sahel', actors: ['MLI', 'BFA', 'NER'], match: 'any', updatedAt: at });
    expect((await topics.list()).map((topic) => topic.id)).toEqual(['sahel', 'us-venezuela']);
    const some = await topics.getMany(['us-venezuela', 'default']);
    expect([...some.keys()]).toEqual(['us-venezuela']);
    expect(some.get('us-venezuela')).toMatchObject({ actors: ['USA', 'VEN'], match: 'all' });
    expect(await topics.delete('sahel')).toBe(true);
    expect(await topics.delete('sahel')).toBe(false);
    expect((await topics.list()).map((topic) => topic.id)).toEqual(['us-venezuela']);
    expect(await ctx.redis.hlen(ctx.keys.topics)).toBe(1);
  });
});
