import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KeyLayout } from './keys.js';
import { createWorkerConnection, deleteMatching } from './redis.js';

/** Redis URL tests use: `REDIS_URL`, else the local default. */
export function testRedisUrl(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** A connection and a key prefix of its own for one test file. */
export interface TestRedis {
  redis: Redis;
  url: string;
  prefix: string;
  keys: KeyLayout;
  /** Deletes every key under the prefix and closes the connection. */
  cleanup(): Promise<void>;
}

/** Opens a connection with a random key prefix so parallel test runs never collide. */
export async function openTestRedis(label = 'test'): Promise<TestRedis> {
  const url = testRedisUrl();
  const redis = createWorkerConnection(url);
  await redis.ping();
  const prefix = `tmtest-${label}-${randomBytes(4).toString('hex')}`;
  const keys = new KeyLayout(prefix);
  return {
    redis,
    url,
    prefix,
    keys,
    async cleanup() {
      await deleteMatching(redis, keys.everything);
      await redis.quit();
    },
  };
}
