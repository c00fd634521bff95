import {
  QueueCatalog,
  createLogger,
  createWorkerConnection,
  quietErrors,
  reconcileFeedSchedules,
  redactUrl,
  waitUntilReady,
  StoreUnavailableError,
  closeConnection,
  type Config,
  type Logger,
} from '@tension/core';
import { createEgressClientFromConfig } from '@tension/egress';
import { getDefaultScorer, type Scorer } from '@tension/scoring';
import { Worker, type Processor } from 'bullmq';
import { createDeps, type WorkerDeps } from './deps.js';
import { withLock } from './feeds/poll-lock.js';
import { pollFeed } from './feeds/poll-feed.js';
import { recordItem } from './processors/record-item.js';
import { scoreItem } from './processors/score-item.js';
import { updateLevel } from './processors/update-level.js';

export interface WorkerStartOptions {
  redisUrl: string;
  logger?: Logger;
  /** Origins reachable even when private addresses are refused (the demo simulator). */
  allowedPrivateOrigins?: string[];
  scorer?: Scorer;
  now?: () => number;
}

export interface WorkerHandle {
  deps: WorkerDeps;
  /** Stops taking jobs, lets running ones finish (up to SHUTDOWN_TIMEOUT_MS), closes queues and Redis. */
  close(): Promise<void>;
}

/** Starts every queue worker of this process. */
export async function start(config: Config, options: WorkerStartOptions): Promise<WorkerHandle> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, name: 'worker' });
  const redis = createWorkerConnection(options.redisUrl);
  const onRedisError = quietErrors((message) => logger.warn({ error: message }, 'Redis connection error; retrying'));
  redis.on('error', onRedisError);
  try {
    await waitUntilReady(redis, 10_000);
  } catch (error) {
    redis.disconnect();
    throw new StoreUnavailableError(`The worker cannot reach Redis at ${redactUrl(options.redisUrl)}. Check REDIS_URL and that Redis is running.`, error);
  }
  const egress = createEgressClientFromConfig(config, options.allowedPrivateOrigins ?? []);
  const deps = createDeps({
    config,
    redis,
    egress,
    scorer: options.scorer ?? getDefaultScorer(),
    logger,
    onRedisError,
    ...(options.now ? { now: options.now } : {}),
  });
  await reconcileSchedulesOnce(deps);
  const workers = openWorkers(deps);
  logger.info({ queues: workers.map((worker) => worker.name), concurrency: config.workerConcurrency }, 'worker started');
  return {
    deps,
    close: () => closeAll(deps, workers),
  };
}

/** One worker reconciles; the others find the lock taken and skip. */
async function reconcileSchedulesOnce(deps: WorkerDeps): Promise<void> {
  const report = await withLock(deps.redis, deps.keys.reconcileLock, 60_000, async () =>
    reconcileFeedSchedules(deps.queues, await deps.feeds.list()),
  );
  if (report) deps.logger.info(report, 'feed schedules reconciled');
}

function openWorkers(deps: WorkerDeps): Worker[] {
  const { config, redis, keys, logger } = deps;
  const open = (name: string, processor: Processor, concurrency: number) => {
    const worker = new Worker(name, processor, { connection: redis, prefix: keys.bullPrefix, concurrency });
    worker.on('failed', (job, error) => logger.warn({ queue: name, jobId: job?.id, err: error }, 'job failed'));
    worker.on('error', (error) => logger.error({ queue: name, err: error }, 'worker error'));
    return worker;
  };
  return [
    open(QueueCatalog.feedPoll.name, (job) => pollFeed(deps, job.data.feedId, job.data.reason), config.workerConcurrency),
    open(QueueCatalog.itemScore.name, (job) => scoreItem(deps, job.data).then((item) => ({ id: item.id, label: item.score.label })), config.workerConcurrency),
    open(QueueCatalog.itemRecord.name, (job) => recordItem(deps, job.data), config.workerConcurrency),
    open(QueueCatalog.levelUpdate.name, (job) => updateLevel(deps, job.data), 1),
  ];
}

async function closeAll(deps: WorkerDeps, workers: Worker[]): Promise<void> {
  const graceful = Promise.all(workers.map((worker) => worker.close())).then(() => true);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), deps.config.shutdownTimeoutMs);
  });
  const finished = await Promise.race([graceful, deadline]);
  clearTimeout(timer);
  if (!finished) {
    // BullMQ returns the pending graceful close to a second close(true), so
    // waiting longer cannot help: leave the jobs behind. Their locks expire and
    // another worker takes them up as stalled jobs.
    deps.logger.warn({ timeoutMs: deps.config.shutdownTimeoutMs }, 'jobs still running at the shutdown deadline; leaving them to be retried');
    deps.redis.disconnect();
    return;
  }
  await deps.queues.close();
  await closeConnection(deps.redis);
}
