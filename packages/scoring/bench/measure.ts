import type { BenchItem } from './corpus.js';

export interface Throughput {
  itemsPerSecond: number;
  megabytesPerSecond: number;
  medianMs: number;
}

export interface BenchSystem {
  name: string;
  score: (item: BenchItem) => unknown;
}

/** UTF-8 megabytes of title + summary, the text both systems read. */
export function corpusMegabytes(items: readonly BenchItem[]): number {
  return items.reduce((sum, item) => sum + Buffer.byteLength(item.title) + Buffer.byteLength(item.summary), 0) / 1e6;
}

function timeOnce(items: readonly BenchItem[], score: BenchSystem['score']): number {
  let kept = 0;
  const start = process.hrtime.bigint();
  for (const item of items) if (score(item) !== undefined) kept++;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (kept !== items.length) throw new Error('a system returned nothing');
  return ms;
}

/**
 * Times every system over the whole corpus, `rounds` times, interleaved
 * (A, B, A, B, ...) so a noisy neighbour on a shared machine slows both
 * alike; two warm-up passes each first, so the JIT has compiled the hot
 * paths. Reports the median round per system.
 */
export function compareThroughput(items: readonly BenchItem[], systems: readonly BenchSystem[], rounds: number): Map<string, Throughput> {
  for (let warm = 0; warm < 2; warm++) for (const system of systems) timeOnce(items, system.score);
  const times = new Map<string, number[]>(systems.map((system) => [system.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const system of systems) times.get(system.name)?.push(timeOnce(items, system.score));
  }
  const megabytes = corpusMegabytes(items);
  const results = new Map<string, Throughput>();
  for (const [name, list] of times) {
    const medianMs = [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
    results.set(name, { itemsPerSecond: items.length / (medianMs / 1000), megabytesPerSecond: megabytes / (medianMs / 1000), medianMs });
  }
  return results;
}
