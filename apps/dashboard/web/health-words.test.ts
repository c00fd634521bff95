import { describe, expect, it } from 'vitest';
import type { HealthResponse } from './api-types.js';
import { describeHealth } from './health-words.js';

const healthy: HealthResponse = {
  status: 'ok',
  redis: { ok: true, latencyMs: 0.4 },
  workers: 2,
  queues: {},
  feeds: { total: 6, enabled: 5, failing: 0 },
  liveClients: 1,
};

describe('describeHealth', () => {
  it('summarises a healthy system', () => {
    expect(describeHealth(healthy)).toMatchObject({ state: 'ok', text: '2 workers · 5 feeds polled' });
  });

  it('warns about failing feeds, counting those failing for over a day', () => {
    expect(describeHealth({ ...healthy, feeds: { total: 6, enabled: 5, failing: 1, stale: 1 } })).toMatchObject({ state: 'warning', text: '2 workers · 5 feeds polled · 2 failing' });
  });

  it('reports an ingestion outage as such, with the server’s explanation', () => {
    const message = 'Most feeds are failing at once: the problem is likely our network or DNS, not the feeds.';
    const outage = describeHealth({ ...healthy, status: 'degraded', feeds: { total: 6, enabled: 5, failing: 4, stale: 1 }, ingestion: { status: 'outage', message } });
    expect(outage).toEqual({ state: 'warning', text: 'Ingestion outage: 5 of 5 feeds failing', detail: message });
  });

  it('says when no worker runs and when Redis is down', () => {
    expect(describeHealth({ ...healthy, status: 'degraded', workers: 0 })).toMatchObject({ state: 'warning', text: 'No worker running' });
    expect(describeHealth({ status: 'down', redis: { ok: false }, message: 'Redis is not reachable.' })).toMatchObject({ state: 'down', text: 'Redis is not reachable' });
  });
});
