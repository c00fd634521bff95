import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { testRedisUrl } from '@tension/core/testing';
import { RedisNotFoundError, redisAnswers, resolveRedis } from './redis-resolution.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tension-redis-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A port that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

describe('resolveRedis', () => {
  it('uses REDIS_URL when it answers', async () => {
    const resolved = await resolveRedis({ redisUrl: testRedisUrl(), dataDir: tempDir() });
    expect(resolved).toMatchObject({ url: testRedisUrl(), source: 'REDIS_URL' });
  });

  it('refuses a REDIS_URL that does not answer instead of silently using another Redis', async () => {
    const url = `redis://127.0.0.1:${await closedPort()}`;
    await expect(resolveRedis({ redisUrl: url, dataDir: tempDir() })).rejects.toThrow(/REDIS_URL is set to .* but nothing answers there/);
  });

  it('uses the local default when it answers', async () => {
    const resolved = await resolveRedis({ redisUrl: undefined, localUrl: testRedisUrl(), dataDir: tempDir() });
    expect(resolved.source).toBe('local');
  });

  it('starts a private redis-server with AOF under the data folder, and stops it', async () => {
    const dataDir = tempDir();
    const resolved = await resolveRedis({ redisUrl: undefined, localUrl: `redis://127.0.0.1:${await closedPort()}`, dataDir });
    try {
      expect(resolved.source).toBe('private');
      const client = new Redis(resolved.url);
      await client.set('written', '1');
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      await client.quit();
      expect(existsSync(join(dataDir, 'redis'))).toBe(true);
    } finally {
      await resolved.stop();
    }
    expect(await redisAnswers(resolved.url, 300)).toBe(false);
  });

  it('says how to get Redis when there is none', async () => {
    const attempt = resolveRedis({
      redisUrl: undefined,
      localUrl: `redis://127.0.0.1:${await closedPort()}`,
      dataDir: tempDir(),
      redisServerBin: '/nonexistent/redis-server',
    });
    await expect(attempt).rejects.toBeInstanceOf(RedisNotFoundError);
    await expect(attempt).rejects.toThrow(/apt-get install redis-server.*docker compose up -d redis/);
  });
});
