import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import {
  EventLog,
  KeyLayout,
  StoreUnavailableError,
  closeConnection,
  createApiConnection,
  createLogger,
  createQueues,
  createStores,
  createWorkerConnection,
  quietErrors,
  redactUrl,
  waitUntilReady,
  type Config,
  type Logger,
} from '@tension/core';
import { createEgressClientFromConfig } from '@tension/egress';
import type { DashboardDeps } from './deps.js';
import { EventFanout } from './live/event-fanout.js';
import { createServer } from './server.js';

export interface DashboardStartOptions {
  redisUrl: string;
  logger?: Logger;
  /** Origins reachable even when private addresses are refused (the demo simulator). */
  allowedPrivateOrigins?: string[];
  now?: () => number;
  publicDir?: string;
}

export interface DashboardHandle {
  url: string;
  port: number;
  adminToken: string;
  /** True when no ADMIN_TOKEN was configured and one was generated for this run. */
  generatedToken: boolean;
  deps: DashboardDeps;
  close(): Promise<void>;
}

/** Starts the HTTP server; resolves once it listens. */
export async function start(config: Config, options: DashboardStartOptions): Promise<DashboardHandle> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, name: 'dashboard' });
  const redis = createApiConnection(options.redisUrl);
  const blocking = createWorkerConnection(options.redisUrl);
  const onRedisError = quietErrors((message) => logger.warn({ error: message }, 'Redis connection error; retrying'));
  redis.on('error', onRedisError);
  blocking.on('error', onRedisError);
  try {
    await Promise.all([waitUntilReady(redis, 10_000), waitUntilReady(blocking, 10_000)]);
  } catch (error) {
    redis.disconnect();
    blocking.disconnect();
    throw new StoreUnavailableError(`The dashboard cannot reach Redis at ${redactUrl(options.redisUrl)}. Check REDIS_URL and that Redis is running.`, error);
  }
  const keys = new KeyLayout(config.keyPrefix);
  const fanout = new EventFanout(new EventLog(blocking, keys), blocking, logger);
  await fanout.start();
  const adminToken = config.adminToken ?? randomBytes(24).toString('hex');
  const deps: DashboardDeps = {
    config,
    adminToken,
    redis,
    keys,
    queues: createQueues(redis, keys, onRedisError),
    ...createStores(redis, keys, config.itemRetentionDays),
    fanout,
    egress: createEgressClientFromConfig(config, options.allowedPrivateOrigins ?? []),
    levelParams: config.level,
    logger,
    now: options.now ?? Date.now,
    publicDir: options.publicDir ?? fileURLToPath(new URL('../dist/public/', import.meta.url)),
  };
  const app = createServer(deps);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host) ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;
  logger.info({ url }, 'dashboard listening');
  return {
    url,
    port,
    adminToken,
    generatedToken: config.adminToken === undefined,
    deps,
    async close() {
      // SSE connections never end on their own; close them so `close` can finish.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fanout.stop();
      await deps.queues.close();
      await closeConnection(redis);
    },
  };
}
