import { describe, expect, it } from 'vitest';
import { backoffDelayMs, MAX_BACKOFF_MS } from './feed-backoff.js';

const interval = 300_000;
const middle = () => 0.5;

describe('backoffDelayMs', () => {
  it('waits only for the next schedule after a single failure', () => {
    expect(backoffDelayMs({ failures: 1, intervalMs: interval, random: middle })).toBe(0);
  });

  it('doubles per consecutive failure', () => {
    const delays = [2, 3, 4].map((failures) => backoffDelayMs({ failures, intervalMs: interval, random: middle }));
    expect(delays).toEqual([2 * interval, 4 * interval, 8 * interval]);
  });

  it('is capped so a feed is never dropped for good', () => {
    expect(backoffDelayMs({ failures: 50, intervalMs: interval, random: middle })).toBe(MAX_BACKOFF_MS);
  });

  it('adds up to 20 % jitter either way', () => {
    expect(backoffDelayMs({ failures: 2, intervalMs: interval, random: () => 0 })).toBe(0.8 * 2 * interval);
    expect(backoffDelayMs({ failures: 2, intervalMs: interval, random: () => 1 })).toBe(1.2 * 2 * interval);
  });

  it('honours a longer Retry-After', () => {
    expect(backoffDelayMs({ failures: 1, intervalMs: interval, retryAfterMs: 90_000, random: middle })).toBe(90_000);
  });
});
