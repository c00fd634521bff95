import { FeedStore, KeyLayout, closeConnection, createWorkerConnection, createLogger, type Config } from '@tension/core';
import { start as startDashboard, type DashboardHandle } from '@tension/dashboard';
import { start as startWorker, type WorkerHandle } from '@tension/worker';
import { pauseDemoFeeds, registerDemoFeeds } from './demo/demo-feeds.js';
import { startFeedSimulator, type FeedSimulator } from './demo/feed-simulator.js';
import { resolveRedis, type ResolvedRedis } from './redis-resolution.js';

export type DemoMode = 'auto' | 'on' | 'off';

export interface RunningSystem {
  redis: ResolvedRedis;
  worker: WorkerHandle;
  dashboard: DashboardHandle;
  simulator: FeedSimulator | undefined;
  stop(): Promise<void>;
}

async function userFeedCount(redisUrl: string, config: Config): Promise<number> {
  const connection = createWorkerConnection(redisUrl);
  try {
    return (await new FeedStore(connection, new KeyLayout(config.keyPrefix)).list()).filter((feed) => !feed.demo).length;
  } finally {
    await closeConnection(connection);
  }
}

/**
 * Everything on one machine: Redis (found or started), the worker, the
 * dashboard and, in demo mode, the offline feed simulator. In `auto` mode the
 * demo runs when no feeds of the user's own are configured.
 */
export async function startSystem(config: Config, demoMode: DemoMode): Promise<RunningSystem> {
  const redis = await resolveRedis({ redisUrl: config.redisUrl, dataDir: config.dataDir });
  const stack: Array<() => Promise<void>> = [() => redis.stop()];
  const unwind = async () => {
    for (const stop of stack.reverse()) await stop().catch(() => undefined);
  };
  try {
    const demo = demoMode === 'on' || (demoMode === 'auto' && (await userFeedCount(redis.url, config)) === 0);
    const simulator = demo ? await startFeedSimulator() : undefined;
    if (simulator) stack.push(() => simulator.close());
    const allowedPrivateOrigins = simulator ? [simulator.origin] : [];
    const logger = createLogger({ level: config.logLevel, name: 'tension' });
    const worker = await startWorker(config, { redisUrl: redis.url, allowedPrivateOrigins, logger });
    stack.push(() => worker.close());
    const dashboard = await startDashboard(config, { redisUrl: redis.url, allowedPrivateOrigins, logger });
    stack.push(() => dashboard.close());
    const { feeds, queues } = dashboard.deps;
    if (simulator) await registerDemoFeeds(simulator, feeds, queues, Date.now());
    else await pauseDemoFeeds(feeds, queues, Date.now());
    return { redis, worker, dashboard, simulator, stop: unwind };
  } catch (error) {
    await unwind();
    throw error;
  }
}
