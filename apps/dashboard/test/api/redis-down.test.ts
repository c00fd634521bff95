import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@tension/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type DashboardHandle } from '../../src/start.js';

let redis: ChildProcess;
let dir: string;
let dashboard: DashboardHandle;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tension-redis-down-'));
  const port = await freePort();
  redis = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    probe.on('error', () => undefined);
    const up = await probe.connect().then(() => true, () => false);
    probe.disconnect();
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  dashboard = await start(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ADMIN_TOKEN: 'redis-down-token-0123456789' }), { redisUrl: url });
});

afterAll(async () => {
  await dashboard?.close().catch(() => undefined);
  redis?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('when Redis goes down', () => {
  it('answers at once with 503 and a plain message instead of hanging', async () => {
    expect((await fetch(`${dashboard.url}/api/health`)).status).toBe(200);
    const exited = new Promise((resolve) => redis.once('exit', resolve));
    redis.kill('SIGKILL');
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const health = await fetch(`${dashboard.url}/api/health`);
    expect(health.status).toBe(503);
    const items = await fetch(`${dashboard.url}/api/items`);
    expect(items.status).toBe(503);
    expect((await items.json()).error.message).toMatch(/Redis is not reachable/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
