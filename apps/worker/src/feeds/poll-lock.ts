import { randomUUID } from 'node:crypto';
import { LuaScript } from '@tension/core';
import type { Redis } from 'ioredis';

const RELEASE_IF_OWNER = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

/**
 * A Redis lock held while one worker polls one feed, so polls of a feed
 * never overlap whichever worker or schedule started them. It expires on
 * its own if the holder dies.
 */
export async function withLock<T>(redis: Redis, key: string, ttlMs: number, body: () => Promise<T>): Promise<T | undefined> {
  const token = randomUUID();
  const acquired = await redis.set(key, token, 'PX', ttlMs, 'NX');
  if (acquired !== 'OK') return undefined;
  try {
    return await body();
  } finally {
    await RELEASE_IF_OWNER.run(redis, [key], [token]);
  }
}
