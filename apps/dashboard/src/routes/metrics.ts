import { COUNTERS, type CounterKey, type CounterSample } from '@tension/core';
import { Router } from 'express';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { DashboardDeps } from '../deps.js';
import { listFeedViews } from '../feeds/feed-admin.js';

function queueList(deps: DashboardDeps) {
  return [deps.queues.feedPoll, deps.queues.itemScore, deps.queues.itemRecord, deps.queues.levelUpdate];
}

/**
 * Builds the registry: counters summed over every worker (kept in Redis) and
 * gauges read at scrape time (queue depth and lag, feed health).
 */
function buildRegistry(deps: DashboardDeps): { registry: Registry; refresh(): Promise<void> } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tension_dashboard_' });
  let snapshot: CounterSample[] = [];
  for (const [key, spec] of Object.entries(COUNTERS) as Array<[CounterKey, (typeof COUNTERS)[CounterKey]]>) {
    new Counter({
      name: spec.name,
      help: spec.help,
      labelNames: [...spec.labels],
      registers: [registry],
      collect() {
        this.reset();
        for (const sample of snapshot) if (sample.counter === key) this.inc(sample.labels, sample.value);
      },
    });
  }
  new Gauge({
    name: 'tension_queue_jobs',
    help: 'Jobs per queue and state.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const queue of queueList(deps)) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
        for (const [state, value] of Object.entries(counts)) this.set({ queue: queue.name, state }, value);
      }
    },
  });
  new Gauge({
    name: 'tension_queue_lag_seconds',
    help: 'Age of the oldest waiting job per queue (0 when none waits).',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const queue of queueList(deps)) {
        const [oldest] = await queue.getWaiting(0, 0);
        this.set({ queue: queue.name }, oldest ? Math.max(0, (deps.now() - oldest.timestamp) / 1000) : 0);
      }
    },
  });
  new Gauge({
    name: 'tension_feeds',
    help: 'Feeds by status: paused, pending, ok, failing, stale (failing for over a day), outage (most feeds failing at once).',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const feeds = await listFeedViews(deps);
      this.reset();
      for (const status of ['paused', 'pending', 'ok', 'failing', 'stale', 'outage']) {
        this.set({ status }, feeds.filter((feed) => feed.status === status).length);
      }
    },
  });
  return {
    registry,
    // Counters are read once per scrape, before the registry collects.
    async refresh() {
      snapshot = await deps.metrics.snapshot();
    },
  };
}

/** `GET /metrics` in Prometheus text format. */
export function metricsRoutes(deps: DashboardDeps): Router {
  const router = Router();
  const { registry, refresh } = buildRegistry(deps);
  router.get('/metrics', async (_req, res) => {
    await refresh();
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
