import type { HealthResponse } from './api-types.js';

export type HealthState = 'ok' | 'warning' | 'down';

export interface HealthWords {
  state: HealthState;
  text: string;
  /** Longer explanation for the tooltip. */
  detail: string;
}

/** The system's health in one short line, worst news first. */
export function describeHealth(health: HealthResponse): HealthWords {
  if (health.status === 'down' || !health.redis.ok) {
    return { state: 'down', text: 'Redis is not reachable', detail: health.message ?? 'The dashboard cannot reach Redis; nothing is stored or updated until it is back.' };
  }
  const workers = health.workers ?? 0;
  const feeds = health.feeds ?? { total: 0, enabled: 0, failing: 0 };
  const failingCount = feeds.failing + (feeds.stale ?? 0);
  if (workers === 0) {
    return { state: 'warning', text: 'No worker running', detail: 'Feeds are not polled and items are not scored until a worker runs (tension up, or npm start).' };
  }
  if (health.ingestion?.status === 'outage') {
    return { state: 'warning', text: `Ingestion outage: ${failingCount} of ${feeds.enabled} feeds failing`, detail: health.ingestion.message ?? 'Most feeds fail at once: the likely cause is our network or DNS, not the feeds.' };
  }
  const failing = failingCount > 0 ? ` · ${failingCount} failing` : '';
  return {
    state: failingCount > 0 ? 'warning' : 'ok',
    text: `${workers} worker${workers === 1 ? '' : 's'} · ${feeds.enabled} feed${feeds.enabled === 1 ? '' : 's'} polled${failing}`,
    detail: `Redis answered in ${health.redis.latencyMs ?? '?'} ms; ${health.liveClients ?? 0} live connection(s) to this dashboard.`,
  };
}
