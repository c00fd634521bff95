import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LuaScript } from './lua-script.js';
import { openTestRedis, type TestRedis } from './testing.js';

let ctx: TestRedis;
beforeAll(async () => {
  ctx = await openTestRedis('lua');
});
afterAll(async () => ctx.cleanup());

describe('LuaScript', () => {
  it('runs by SHA, loading the body the first time it is unknown', async () => {
    const script = new LuaScript(`return redis.call('INCRBY', KEYS[1], ARGV[1]) -- ${ctx.prefix}`);
    const key = `${ctx.prefix}:counter`;
    expect(await ctx.redis.script('EXISTS', script.sha)).toEqual([0]);
    expect(await script.run(ctx.redis, [key], [2])).toBe(2);
    expect(await ctx.redis.script('EXISTS', script.sha)).toEqual([1]);
    expect(await script.run(ctx.redis, [key], [3])).toBe(5);
  });

  it('passes script errors through', async () => {
    const script = new LuaScript(`return redis.error_reply('boom ${ctx.prefix}')`);
    await expect(script.run(ctx.redis, [], [])).rejects.toThrow(/boom/);
  });
});
