import type { Redis } from 'ioredis';
import type { KeyLayout } from '../keys.js';
import { dayStartMs, MINUTE_MS, utcDaysBetween } from '../time.js';

/** Summed, weighted masses of the items placed in one UTC minute. */
export interface Bucket {
  /** Start of the minute, epoch ms. */
  t: number;
  escalation: number;
  deescalation: number;
  items: number;
}

/** Reads the per-minute buckets the record script writes. */
export class SeriesStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: KeyLayout,
  ) {}

  /** Buckets of `topic` whose minute starts within [fromMs, toMs], oldest first. */
  async buckets(topic: string, fromMs: number, toMs: number): Promise<Bucket[]> {
    const days = utcDaysBetween(fromMs, toMs);
    const pipeline = this.redis.pipeline();
    for (const day of days) pipeline.hgetall(this.keys.seriesDay(topic, day));
    const results = (await pipeline.exec()) ?? [];
    const buckets: Bucket[] = [];
    days.forEach((day, index) => {
      const [error, fields] = results[index] ?? [null, {}];
      if (error) throw error;
      const start = dayStartMs(day);
      const byMinute = new Map<number, Bucket>();
      for (const [field, value] of Object.entries(fields as Record<string, string>)) {
        const [kind, minute] = field.split(':');
        const t = start + Number(minute) * MINUTE_MS;
        if (t < fromMs || t > toMs) continue;
        let bucket = byMinute.get(t);
        if (!bucket) {
          bucket = { t, escalation: 0, deescalation: 0, items: 0 };
          byMinute.set(t, bucket);
        }
        const amount = Number(value);
        if (kind === 'e') bucket.escalation = amount / 1000;
        else if (kind === 'd') bucket.deescalation = amount / 1000;
        else if (kind === 'n') bucket.items = amount;
      }
      buckets.push(...[...byMinute.values()].sort((a, b) => a.t - b.t));
    });
    return buckets;
  }
}
