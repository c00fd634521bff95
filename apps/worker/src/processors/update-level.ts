import { QueueCatalog, knownTopics, type LevelUpdate } from '@tension/core';
import { levelAt, lookbackMs } from '@tension/level';
import type { WorkerDeps } from '../deps.js';

const HOUR_MS = 3_600_000;

/** Computes the current level of a topic from its stored buckets. */
export async function currentLevel(deps: WorkerDeps, topic: string, now: number): Promise<LevelUpdate> {
  const buckets = await deps.series.buckets(topic, now - lookbackMs(deps.levelParams), now);
  const reading = levelAt(buckets, now, deps.levelParams);
  const items = buckets.filter((bucket) => bucket.t > now - HOUR_MS).reduce((sum, bucket) => sum + bucket.items, 0);
  return { topic, t: new Date(now).toISOString(), level: reading.level, escalation: reading.escalation, deescalation: reading.deescalation, items };
}

/** Publishes the current level of one topic, or of every topic for the clock tick. */
export async function updateLevel(deps: WorkerDeps, payload: unknown): Promise<LevelUpdate[]> {
  const { topic } = QueueCatalog.levelUpdate.payload.parse(payload);
  const now = deps.now();
  const updates: LevelUpdate[] = [];
  const topics = topic ? [topic] : knownTopics(await deps.feeds.list(), deps.config.defaultTopic);
  for (const name of topics) {
    const update = await currentLevel(deps, name, now);
    await deps.events.append({ type: 'level', data: update });
    updates.push(update);
  }
  return updates;
}
