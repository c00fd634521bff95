import { Router } from 'express';
import type { DashboardDeps } from '../deps.js';
import { feedOverview } from '../feeds/feed-admin.js';

/** `GET /api/health`: Redis, queues, workers and feeds at a glance; 503 when Redis is down. */
export function healthRoutes(deps: DashboardDeps): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const started = performance.now();
    try {
      await deps.redis.ping();
    } catch {
      res.status(503).json({ status: 'down', redis: { ok: false }, message: 'Redis is not reachable.' });
      return;
    }
    const redisLatencyMs = Math.round((performance.now() - started) * 100) / 100;
    const queueList = [deps.queues.feedPoll, deps.queues.itemScore, deps.queues.itemRecord, deps.queues.levelUpdate];
    const queues = Object.fromEntries(
      await Promise.all(
        queueList.map(async (queue) => [queue.name, await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed')] as const),
      ),
    );
    const workers = await deps.queues.itemScore.getWorkersCount();
    const { feeds, outage } = await feedOverview(deps);
    const count = (status: string) => feeds.filter((feed) => feed.status === status).length;
    res.json({
      status: workers === 0 || outage ? 'degraded' : 'ok',
      redis: { ok: true, latencyMs: redisLatencyMs },
      workers,
      queues,
      ingestion: outage
        ? { status: 'outage', message: 'Most feeds are failing at once: the problem is likely our network or DNS, not the feeds.' }
        : { status: 'ok' },
      feeds: {
        total: feeds.length,
        enabled: feeds.filter((feed) => feed.enabled).length,
        failing: count('failing') + count('outage'),
        stale: count('stale'),
      },
      liveClients: deps.fanout.subscribers,
    });
  });
  return router;
}
