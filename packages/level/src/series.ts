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

/**
 * Grid instants from `from` to `to` inclusive, aligned to multiples of
 * `stepMs` so repeated queries share points, and `to` itself last when it
 * falls between two, so the newest news is in the series before the next
 * step begins.
 */
export function gridInstants(grid: Grid): number[] {
  const first = Math.ceil(grid.from / grid.stepMs) * grid.stepMs;
  const instants: number[] = [];
  for (let t = first; t <= grid.to; t += grid.stepMs) instants.push(t);
  if ((instants.at(-1) ?? grid.from) < grid.to) instants.push(grid.to);
  return instants;
}

/**
 * The level on every grid instant, with the items that arrived since the
 * instant before (a step before, for the first). `buckets` must cover the
 * grid plus the look-back window before it (see `lookbackMs`).
 */
export function levelSeries(buckets: readonly MassBucket[], grid: Grid, params: LevelParams): LevelPoint[] {
  const sorted = [...buckets].sort((a, b) => a.t - b.t);
  const instants = gridInstants(grid);
  return instants.map((t, index) => {
    const since = instants[index - 1] ?? t - grid.stepMs;
    let items = 0;
    for (const bucket of sorted) if (bucket.t > since && bucket.t <= t) items += bucket.items;
    return { ...levelAt(sorted, t, params), items };
  });
}
