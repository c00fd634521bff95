import { describe, expect, it } from 'vitest';
import { describeDelay, parseRetryAfter } from './retry-after.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP-date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
  });

  it('caps absurd waits at a week and ignores garbage', () => {
    expect(parseRetryAfter('99999999999', now)).toBe(7 * 24 * 3600 * 1000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('describeDelay', () => {
  it('uses the unit a person would', () => {
    expect(describeDelay(1_000)).toBe('1 second');
    expect(describeDelay(45_000)).toBe('45 seconds');
    expect(describeDelay(300_000)).toBe('5 minutes');
    expect(describeDelay(3 * 3600_000)).toBe('3 hours');
  });
});
