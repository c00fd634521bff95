/**
 * Baselines for the polling benchmark, each measured in the same run as the
 * real pipeline: the network floor (bare GETs), the CPU floor (parse and
 * score in memory) and the queue floor (the same number of items through
 * two chained BullMQ queues whose processors do nothing).
 */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { parseFeed } from '@tension/feeds';
import { getDefaultScorer } from '@tension/scoring';

export interface Rate {
  seconds: number;
  count: number;
}

export function perSecond(rate: Rate): number {
  return rate.count / rate.seconds;
}

/** GETs every URL with `concurrency` requests in flight; returns the bodies too, for the CPU floor. */
export async function bareFetch(urls: readonly string[], concurrency: number): Promise<Rate & { bodies: string[] }> {
  const started = performance.now();
  const bodies: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) {
        const url = urls[next++] as string;
        bodies.push(await (await fetch(url)).text());
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, count: urls.length, bodies };
}

/** Parses every body and scores every item, in this process, with no I/O. */
export async function parseAndScore(bodies: readonly string[]): Promise<Rate> {
  const scorer = getDefaultScorer();
  const started = performance.now();
  let count = 0;
  for (const body of bodies) {
    for (const item of (await parseFeed(body)).items) {
      scorer.score({ title: item.title, summary: item.summary });
      count += 1;
    }
  }
  return { seconds: (performance.now() - started) / 1000, count };
}

/**
 * `count` jobs carrying `payload` through two queues, as an item goes
 * through item-score and item-record, with processors that only hand the
 * job on: what BullMQ and Redis cost per item before any of our work.
 */
export async function queueFloor(redis: Redis, prefix: string, payload: object, count: number, concurrency: number): Promise<Rate> {
  const options = { connection: redis, prefix };
  const first = new Queue('floor-a', options);
  const second = new Queue('floor-b', options);
  let finished = 0;
  let done: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => (done = resolve));
  const handOn = new Worker('floor-a', async (job) => void (await second.add('b', job.data, { jobId: job.id })), { ...options, concurrency });
  const finish = new Worker('floor-b', async () => void (++finished === count && done()), { ...options, concurrency });
  const started = performance.now();
  for (let from = 0; from < count; from += 500) {
    const size = Math.min(500, count - from);
    await first.addBulk(Array.from({ length: size }, (_, k) => ({ name: 'a', data: { ...payload, id: `floor${from + k}` }, opts: { jobId: `floor${from + k}` } })));
  }
  await allDone;
  const seconds = (performance.now() - started) / 1000;
  await Promise.all([handOn.close(), finish.close()]);
  await Promise.all([first.obliterate({ force: true }), second.obliterate({ force: true })]);
  await Promise.all([first.close(), second.close()]);
  return { seconds, count };
}
