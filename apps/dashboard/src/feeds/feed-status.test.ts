import type { Feed, FeedHealth } from '@tension/core';
import { describe, expect, it } from 'vitest';
import { feedStatuses } from './feed-status.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const feed = (id: string, enabled = true): Feed => ({
  id, url: `https://x.test/${id}`, title: id, intervalSeconds: 300, weight: 1, enabled, topics: [], demo: false, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z',
});
const ok: FeedHealth = { consecutiveFailures: 0, itemsSeen: 1, lastNewItems: 0, lastFetchAt: '2026-11-25T11:59:00.000Z', lastSuccessAt: '2026-11-25T11:59:00.000Z' };
const failing: FeedHealth = { ...ok, consecutiveFailures: 2, lastSuccessAt: '2026-11-25T10:00:00.000Z' };
const stale: FeedHealth = { ...ok, consecutiveFailures: 40, lastSuccessAt: '2026-11-23T10:00:00.000Z' };

describe('feedStatuses', () => {
  it('tells paused, pending, ok, failing and stale (failing for more than a day) apart', () => {
    const { outage, byId } = feedStatuses(
      [
        { feed: feed('p', false), health: ok },
        { feed: feed('n'), health: { consecutiveFailures: 0, itemsSeen: 0, lastNewItems: 0 } },
        { feed: feed('o'), health: ok },
        { feed: feed('o2'), health: ok },
        { feed: feed('f'), health: failing },
        { feed: feed('s'), health: stale },
      ],
      now,
    );
    expect(outage).toBe(false);
    expect(Object.fromEntries(byId)).toEqual({ p: 'paused', n: 'pending', o: 'ok', o2: 'ok', f: 'failing', s: 'stale' });
  });

  it('reports an ingestion outage instead of blaming each feed when most fail at once', () => {
    const entries = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ feed: feed(id), health: id === 'e' ? ok : failing }));
    const { outage, byId } = feedStatuses(entries, now);
    expect(outage).toBe(true);
    expect(byId.get('a')).toBe('outage');
    expect(byId.get('e')).toBe('ok');
  });

  it('does not count feeds that were already dead as part of an outage, and keeps them stale', () => {
    const longDead = ['a', 'b', 'c', 'd'].map((id) => ({ feed: feed(id), health: stale }));
    const { outage, byId } = feedStatuses([...longDead, { feed: feed('e'), health: ok }], now);
    expect(outage).toBe(false);
    expect(byId.get('a')).toBe('stale');
    const withFreshFailures = [...longDead, ...['x', 'y', 'z'].map((id) => ({ feed: feed(id), health: failing }))];
    const during = feedStatuses(withFreshFailures, now);
    expect(during.outage).toBe(true);
    expect(during.byId.get('x')).toBe('outage');
    expect(during.byId.get('a')).toBe('stale');
  });

  it('needs a few feeds before calling an outage', () => {
    expect(feedStatuses([{ feed: feed('a'), health: failing }, { feed: feed('b'), health: failing }], now).outage).toBe(false);
  });
});
