import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `tension up` as a user runs it: a real process, stopped with Ctrl+C
 * (SIGINT). With no ADMIN_TOKEN it makes one, prints it once for the user,
 * and never writes it to the log.
 */
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
let redis: TestRedis;

beforeAll(async () => {
  redis = await openTestRedis('up');
});
afterAll(async () => redis?.cleanup());

describe('tension up', () => {
  it('prints a generated admin token once, accepts it, and exits 0 on Ctrl+C', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL: redis.url, KEY_PREFIX: redis.prefix, PORT: '0', LOG_LEVEL: 'info' };
    delete env.ADMIN_TOKEN;
    const child = spawn(process.execPath, [MAIN, 'up', '--no-demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    const deadline = Date.now() + 30_000;
    while (!/Press Ctrl\+C to stop/.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const token = /Admin token: ([0-9a-f]{32,})/.exec(output)?.[1];
    const url = /Dashboard: +(http:\/\/\S+)/.exec(output)?.[1];
    expect(token, output).toBeDefined();
    expect(url, output).toBeDefined();

    const without = await fetch(`${url}/api/feeds/none`, { method: 'DELETE' });
    const withToken = await fetch(`${url}/api/feeds/none`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    expect(without.status).toBe(401);
    expect(withToken.status).toBe(404);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output.split(token ?? '-').length - 1).toBe(1);
    expect(output).toMatch(/Stopping/);
  }, 45_000);
});
