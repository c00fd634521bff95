import { createServer, type RequestListener } from 'node:http';
import { loadConfig } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { start, type DashboardHandle } from '../../src/start.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface ApiHarness {
  redis: TestRedis;
  dashboard: DashboardHandle;
  /** fetch against the dashboard; `admin: true` adds the bearer token. */
  call(path: string, init?: RequestInit & { admin?: boolean }): Promise<Response>;
  close(): Promise<void>;
}

/** A dashboard on a random port with its own key prefix; no worker runs. */
export async function startApi(env: Record<string, string> = {}): Promise<ApiHarness> {
  const redis = await openTestRedis('api');
  const config = loadConfig({ KEY_PREFIX: redis.prefix, PORT: '0', ADMIN_TOKEN, LOG_LEVEL: 'silent', FETCH_TIMEOUT_MS: '5000', FETCH_CONNECT_TIMEOUT_MS: '3000', ...env });
  const dashboard = await start(config, { redisUrl: redis.url });
  return {
    redis,
    dashboard,
    call(path, init = {}) {
      const { admin, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (admin) merged.set('Authorization', `Bearer ${ADMIN_TOKEN}`);
      if (rest.body && !merged.has('Content-Type')) merged.set('Content-Type', 'application/json');
      return fetch(`${dashboard.url}${path}`, { ...rest, headers: merged });
    },
    async close() {
      await dashboard.close();
      await redis.cleanup();
    },
  };
}

/** A site on 127.0.0.1 for the dashboard to fetch feeds from. */
export interface LocalSite {
  origin: string;
  close(): Promise<void>;
}

export async function serveLocally(handler: RequestListener): Promise<LocalSite> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
