import { describe, expect, it } from 'vitest';
import { levelAt, levelFromPressures, lookbackMs, type LevelParams, type MassBucket } from './level.js';

const HOUR = 3_600_000;
const params: LevelParams = { halfLifeMs: 12 * HOUR, calmMass: 10 };
const t0 = Date.UTC(2026, 0, 1);

function bucket(t: number, escalation: number, deescalation = 0): MassBucket {
  return { t, escalation, deescalation, items: 1 };
}

describe('levelAt', () => {
  it('is 0 with no news', () => {
    expect(levelAt([], t0, params).level).toBe(0);
  });

  it('stays within 0..100 however extreme the news', () => {
    const flood = Array.from({ length: 1_000 }, (_, index) => bucket(t0 - index * 60_000, 10));
    const reading = levelAt(flood, t0, params);
    expect(reading.level).toBeLessThanOrEqual(100);
    expect(reading.level).toBeGreaterThan(99);
  });

  it('decays towards calm: one half-life halves the escalation pressure', () => {
    const buckets = [bucket(t0, 8)];
    const now = levelAt(buckets, t0, params);
    const later = levelAt(buckets, t0 + params.halfLifeMs, params);
    expect(later.escalation).toBeCloseTo(now.escalation / 2, 6);
    expect(later.level).toBeLessThan(now.level);
    expect(levelAt(buckets, t0 + lookbackMs(params) + 1, params).level).toBe(0);
  });

  it('lowers the level when de-escalation arrives', () => {
    const before = levelAt([bucket(t0, 8)], t0, params).level;
    const after = levelAt([bucket(t0, 8), bucket(t0, 0, 6)], t0, params).level;
    expect(after).toBeLessThan(before);
  });

  it('ignores buckets after the instant', () => {
    expect(levelAt([bucket(t0 + 60_000, 9)], t0, params).level).toBe(0);
  });

  it('gives the same number whatever the order of the buckets', () => {
    const buckets = Array.from({ length: 50 }, (_, index) => bucket(t0 - index * 977_000, (index * 7) % 10, (index * 3) % 10));
    const reversed = [...buckets].reverse();
    expect(levelAt(reversed, t0, params)).toEqual(levelAt(buckets, t0, params));
  });

  it('moves clearly for one high-intensity event from calm', () => {
    expect(levelFromPressures(8, 0, params)).toBeGreaterThan(40);
  });
});
