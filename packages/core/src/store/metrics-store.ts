import type { Redis } from 'ioredis';
import type { KeyLayout } from '../keys.js';

/** Counters every worker adds to; the dashboard exposes them on /metrics. */
export const COUNTERS = {
  polls: { name: 'tension_polls_total', help: 'Feed polls by outcome.', labels: ['outcome'] },
  fetchFailures: { name: 'tension_fetch_failures_total', help: 'Failed feed fetches by reason (error code).', labels: ['reason'] },
  itemsNew: { name: 'tension_items_new_total', help: 'Items seen for the first time and queued for scoring.', labels: [] },
  itemsScored: { name: 'tension_items_scored_total', help: 'Items scored, by label.', labels: ['label'] },
  itemsRecorded: { name: 'tension_items_recorded_total', help: 'Items stored, by whether they counted in the level (syndicated copies do not).', labels: ['counted'] },
} as const;

export type CounterKey = keyof typeof COUNTERS;

export interface CounterSample {
  counter: CounterKey;
  labels: Record<string, string>;
  value: number;
}

/**
 * Counters live in Redis (one hash) rather than in each process, so one
 * scrape of any dashboard sees the totals of every worker.
 */
export class MetricsStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: KeyLayout,
  ) {}

  async increment(counter: CounterKey, labels: Record<string, string> = {}, by = 1): Promise<void> {
    if (by === 0) return;
    const field = [counter, ...COUNTERS[counter].labels.map((label) => labels[label] ?? '')].join('\t');
    await this.redis.hincrby(this.keys.metrics, field, by);
  }

  async snapshot(): Promise<CounterSample[]> {
    const fields = await this.redis.hgetall(this.keys.metrics);
    const samples: CounterSample[] = [];
    for (const [field, value] of Object.entries(fields)) {
      const [counter, ...values] = field.split('\t');
      if (!counter || !(counter in COUNTERS)) continue;
      const key = counter as CounterKey;
      const labels = Object.fromEntries(COUNTERS[key].labels.map((label, index) => [label, values[index] ?? '']));
      samples.push({ counter: key, labels, value: Number(value) });
    }
    return samples;
  }
}
