import type { ScoredItem } from '@tension/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './api-harness.js';

let api: ApiHarness;
const now = Date.now();

function item(id: string, minutesAgo: number, escalation: number, deescalation: number): ScoredItem {
  const at = new Date(now - minutesAgo * 60_000).toISOString();
  return {
    id,
    feedId: 'wire',
    title: `Headline ${id}`,
    seenAt: at,
    placedAt: at,
    topics: ['default'],
    storyId: `s${id}`,
    score: {
      label: escalation > deescalation ? 'escalation' : 'de-escalation',
      escalation,
      deescalation,
      net: escalation - deescalation,
      signals: [{ category: 'strike', polarity: '+', weight: 5, text: 'Headline', start: 0, end: 8, field: 'title' }],
      actors: [],
      lexiconVersion: 't',
    },
  };
}

beforeAll(async () => {
  api = await startApi();
  const { items } = api.dashboard.deps;
  for (let index = 0; index < 12; index += 1) await items.record(item(`i${index}`, 120 - index * 10, index % 3 === 0 ? 1 : 7, index % 3 === 0 ? 6 : 0), { escalation: index % 3 === 0 ? 1 : 7, deescalation: index % 3 === 0 ? 6 : 0 }, now);
});
afterAll(async () => api?.close());

describe('GET /api/items', () => {
  it('returns items newest first with label, scores and signals, page by page', async () => {
    const first = await (await api.call('/api/items?limit=5')).json();
    expect(first.items).toHaveLength(5);
    expect(first.items[0].id).toBe('i11');
    expect(first.items[0].score.signals[0]).toMatchObject({ category: 'strike', polarity: '+' });
    const second = await (await api.call(`/api/items?limit=5&cursor=${first.nextCursor}`)).json();
    const third = await (await api.call(`/api/items?limit=5&cursor=${second.nextCursor}`)).json();
    const ids = [...first.items, ...second.items, ...third.items].map((entry: { id: string }) => entry.id);
    expect(ids).toEqual(Array.from({ length: 12 }, (_, index) => `i${11 - index}`));
    expect(third.nextCursor).toBeUndefined();
  });

  it('rejects a bad limit or a forged cursor with a 400 that names the problem', async () => {
    const limit = await api.call('/api/items?limit=0');
    expect(limit.status).toBe(400);
    expect((await limit.json()).error.details.fields[0].field).toBe('limit');
    const cursor = await api.call('/api/items?cursor=abc');
    expect(cursor.status).toBe(400);
    expect((await cursor.json()).error.message).toMatch(/nextCursor/);
  });
});

describe('GET /api/series', () => {
  it('returns the level on a regular grid, rising with escalation and bounded', async () => {
    const response = await api.call(`/api/series?from=${now - 3 * 3_600_000}&to=${now}&step=600`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.stepSeconds).toBe(600);
    const times = body.points.map((point: { t: string }) => Date.parse(point.t));
    // Steps of 600 s on multiples of the step, then `to` itself as the newest point.
    expect(times.at(-1)).toBe(now);
    const grid = now % 600_000 === 0 ? times : times.slice(0, -1);
    for (const t of grid) expect(t % 600_000).toBe(0);
    for (let index = 1; index < grid.length; index += 1) expect(grid[index] - grid[index - 1]).toBe(600_000);
    const levels = body.points.map((point: { level: number }) => point.level);
    expect(levels[0]).toBe(0);
    expect(Math.max(...levels)).toBeGreaterThan(30);
    for (const level of levels) expect(level).toBeLessThanOrEqual(100);
    expect(body.points.reduce((sum: number, point: { items: number }) => sum + point.items, 0)).toBe(12);
  });

  it('gives the same series for the same query (deterministic)', async () => {
    const query = `/api/series?from=${now - 3_600_000}&to=${now}&step=300`;
    expect(await (await api.call(query)).text()).toBe(await (await api.call(query)).text());
  });

  it('refuses ranges that would return too many points, and unknown topics', async () => {
    expect((await api.call(`/api/series?from=${now - 30 * 86_400_000}&to=${now}&step=60`)).status).toBe(400);
    expect((await api.call('/api/series?topic=elsewhere')).status).toBe(404);
  });
});

describe('GET /api/health and /metrics', () => {
  it('reports Redis, queues and feeds', async () => {
    const response = await api.call('/api/health');
    expect(response.status).toBe(200);
    const health = await response.json();
    expect(health.redis.ok).toBe(true);
    expect(Object.keys(health.queues).sort()).toEqual(['feed-poll', 'item-record', 'item-score', 'level-update']);
    expect(health.status).toBe('degraded');
    expect(health.workers).toBe(0);
  });

  it('serves Prometheus text with the counters every worker adds to', async () => {
    const { MetricsStore } = await import('@tension/core');
    await new MetricsStore(api.redis.redis, api.redis.keys).increment('polls', { outcome: 'fetched' }, 3);
    const response = await api.call('/metrics');
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toContain('tension_polls_total{outcome="fetched"} 3');
    expect(text).toMatch(/tension_queue_jobs\{queue="item-score",state="waiting"\} 0/);
    expect(text).toContain('tension_feeds{status="ok"} 0');
  });

  it('sends a strict Content-Security-Policy with the page', async () => {
    const response = await api.call('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('GET /api/openapi.json', () => {
  it('describes only routes that exist', async () => {
    const spec = (await (await api.call('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(spec.openapi).toMatch(/^3\./);
    for (const [path, operations] of Object.entries(spec.paths)) {
      if (!('get' in operations) || path.includes('{') || path === '/api/stream') continue;
      const response = await api.call(path);
      expect(response.status, path).not.toBe(404);
    }
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/feeds', '/api/feeds/{id}', '/api/items', '/api/series', '/api/stream', '/metrics']));
  });
});
