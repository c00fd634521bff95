import { describe, expect, it } from 'vitest';
import { gridInstants, levelSeries } from './series.js';

const MINUTE = 60_000;
const t0 = Date.UTC(2026, 0, 1);

describe('levelSeries', () => {
  it('aligns grid instants to the step and ends on `to` itself', () => {
    expect(gridInstants({ from: t0 + 1, to: t0 + 5 * MINUTE, stepMs: 2 * MINUTE })).toEqual([
      t0 + 2 * MINUTE,
      t0 + 4 * MINUTE,
      t0 + 5 * MINUTE,
    ]);
    expect(gridInstants({ from: t0, to: t0 + 4 * MINUTE, stepMs: 2 * MINUTE })).toEqual([t0, t0 + 2 * MINUTE, t0 + 4 * MINUTE]);
  });

  it('shows news of the step not yet complete at the last point, counted once', () => {
    const points = levelSeries(
      [
        { t: t0 + 3 * MINUTE, escalation: 4, deescalation: 0, items: 1 },
        { t: t0 + 5 * MINUTE, escalation: 7, deescalation: 0, items: 2 },
      ],
      { from: t0, to: t0 + 5 * MINUTE + 30_000, stepMs: 2 * MINUTE },
      { halfLifeMs: 3_600_000, calmMass: 10 },
    );
    expect(points.map((point) => point.items)).toEqual([0, 0, 1, 2]);
    expect(points.at(-1)?.level).toBeGreaterThan(points.at(-2)?.level ?? 0);
  });

  it('counts items in the step ending at each point and rises after an event', () => {
    const points = levelSeries(
      [{ t: t0 + 3 * MINUTE, escalation: 7, deescalation: 0, items: 2 }],
      { from: t0, to: t0 + 6 * MINUTE, stepMs: 2 * MINUTE },
      { halfLifeMs: 3_600_000, calmMass: 10 },
    );
    expect(points.map((point) => point.items)).toEqual([0, 0, 2, 0]);
    expect(points[0]?.level).toBe(0);
    expect(points[2]?.level).toBeGreaterThan(30);
    expect(points[3]?.level).toBeLessThan(points[2]?.level ?? 0);
  });
});
