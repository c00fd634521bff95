import { levelAt, type LevelParams, type LevelReading, type MassBucket } from './level.js';

/** One point of a level series: the reading plus the items that arrived in its step. */
export interface LevelPoint extends LevelReading {
  items: number;
}

/** A regular time grid. */
export interface Grid {
  from: number;
  to: number;
  stepMs: number;
}

/** Grid instants from `from` to `to` inclusive, aligned to multiples of `stepMs` so repeated queries share points. */
export function gridInstants(grid: Grid): number[] {
  const first = Math.ceil(grid.from / grid.stepMs) * grid.stepMs;
  const instants: number[] = [];
  for (let t = first; t <= grid.to; t += grid.stepMs) instants.push(t);
  return instants;
}

/**
 * The level on every grid instant. `buckets` must cover the grid plus the
 * look-back window before it (see `lookbackMs`).
 */
export function levelSeries(buckets: readonly MassBucket[], grid: Grid, params: LevelParams): LevelPoint[] {
  const sorted = [...buckets].sort((a, b) => a.t - b.t);
  return gridInstants(grid).map((t) => {
    let items = 0;
    for (const bucket of sorted) if (bucket.t > t - grid.stepMs && bucket.t <= t) items += bucket.items;
    return { ...levelAt(sorted, t, params), items };
  });
}
