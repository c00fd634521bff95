import { describe, expect, it } from 'vitest';
import type { FeedView } from './api-types.js';
import { byAttention, feedName, feedStatus, nextPollAt } from './feed-health.js';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const HOUR = 3_600_000;

function feed(overrides: Partial<FeedView> = {}, health: Partial<FeedView['health']> = {}): FeedView {
  return {
    id: 'f1',
    url: 'https://news.example/rss.xml',
    title: 'Example News',
    intervalSeconds: 300,
    topics: [],
    weight: 1,
    enabled: true,
    demo: false,
    createdAt: ago(72 * HOUR),
    updatedAt: ago(72 * HOUR),
    ...overrides,
    health: { consecutiveFailures: 0, itemsSeen: 0, lastNewItems: 0, ...health },
  };
}

describe('feedStatus', () => {
  it('is ok after a recent success', () => {
    expect(feedStatus(feed({}, { lastFetchAt: ago(60_000), lastSuccessAt: ago(60_000) }), NOW)).toMatchObject({ state: 'ok', label: 'OK' });
  });

  it('waits for the first poll of a new feed', () => {
    expect(feedStatus(feed({ createdAt: ago(10_000) }), NOW)).toMatchObject({ state: 'pending', label: 'Waiting for the first poll…' });
  });

  it('flags a feed failing since a recent success', () => {
    const status = feedStatus(feed({}, { lastFetchAt: ago(60_000), lastSuccessAt: ago(2 * HOUR), consecutiveFailures: 3 }), NOW);
    expect(status).toMatchObject({ state: 'failing', label: 'Failing ×3' });
  });

  it('flags more strongly a feed without success for over a day', () => {
    const status = feedStatus(feed({}, { lastFetchAt: ago(60_000), lastSuccessAt: ago(50 * HOUR), consecutiveFailures: 40 }), NOW);
    expect(status).toMatchObject({ state: 'stale', label: 'No success for 2 d' });
  });

  it('flags a feed that never worked since it was added over a day ago', () => {
    expect(feedStatus(feed({}, { lastFetchAt: ago(60_000), consecutiveFailures: 9 }), NOW)).toMatchObject({ state: 'stale', label: 'Never worked (3 d)' });
  });

  it('shows a paused feed as paused whatever its health', () => {
    expect(feedStatus(feed({ enabled: false }, { consecutiveFailures: 5 }), NOW).state).toBe('paused');
  });

  it('takes the server’s verdict when it has one, such as an outage on our side', () => {
    const failing = feed({ status: 'outage' }, { lastFetchAt: ago(60_000), lastSuccessAt: ago(HOUR), consecutiveFailures: 2 });
    expect(feedStatus(failing, NOW)).toMatchObject({ state: 'outage', label: 'Failing (outage)' });
  });
});

describe('nextPollAt', () => {
  it('is the last fetch plus the interval, or the end of a backoff when later', () => {
    expect(nextPollAt(feed({}, { lastFetchAt: ago(60_000) }))).toBe(NOW - 60_000 + 300_000);
    const backoffUntil = new Date(NOW + HOUR).toISOString();
    expect(nextPollAt(feed({}, { lastFetchAt: ago(60_000), backoffUntil }))).toBe(NOW + HOUR);
  });

  it('takes the server’s figure when it has one', () => {
    const nextPoll = new Date(NOW + 7 * 60_000).toISOString();
    expect(nextPollAt(feed({ nextPollAt: nextPoll }, { lastFetchAt: ago(60_000) }))).toBe(NOW + 7 * 60_000);
  });

  it('is unknown for paused and never-fetched feeds', () => {
    expect(nextPollAt(feed({ enabled: false }, { lastFetchAt: ago(60_000) }))).toBeUndefined();
    expect(nextPollAt(feed())).toBeUndefined();
  });
});

describe('feedName', () => {
  it('prefers the configured title, then the feed’s own, then the host', () => {
    expect(feedName(feed())).toBe('Example News');
    expect(feedName(feed({ title: '' }, { feedTitle: 'Feed Title' }))).toBe('Feed Title');
    expect(feedName(feed({ title: ' ' }))).toBe('news.example');
  });
});

describe('byAttention', () => {
  it('lists feeds needing attention first, then by age', () => {
    const ok = feed({ id: 'ok', createdAt: ago(90 * HOUR) }, { lastFetchAt: ago(60_000), lastSuccessAt: ago(60_000) });
    const paused = feed({ id: 'paused', enabled: false, createdAt: ago(100 * HOUR) });
    const failing = feed({ id: 'failing' }, { lastFetchAt: ago(60_000), lastSuccessAt: ago(HOUR), consecutiveFailures: 2 });
    const stale = feed({ id: 'stale' }, { lastFetchAt: ago(60_000), lastSuccessAt: ago(40 * HOUR), consecutiveFailures: 30 });
    const olderOk = feed({ id: 'older-ok', createdAt: ago(95 * HOUR) }, { lastFetchAt: ago(60_000), lastSuccessAt: ago(60_000) });
    expect([ok, paused, failing, stale, olderOk].sort(byAttention(NOW)).map((view) => view.id)).toEqual(['stale', 'failing', 'older-ok', 'ok', 'paused']);
  });
});
