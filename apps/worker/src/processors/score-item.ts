import { RawItem, routeTopics, storyId, type ScoredItem } from '@tension/core';
import type { WorkerDeps } from '../deps.js';

/** A published time further ahead than this is a wrong clock, not news from the future. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Where an item sits in time: its published time, or when we first saw it if that is missing or in the future. */
export function placedAt(item: RawItem, now: number): string {
  if (item.publishedAt && Date.parse(item.publishedAt) <= now + FUTURE_TOLERANCE_MS) return item.publishedAt;
  return item.seenAt;
}

/**
 * Scores one raw item and hands it to the record step. Of its feed's topics
 * it keeps those whose actors it mentions (topics without actors keep every
 * item); an item left with none is stored but counts towards no level.
 */
export async function scoreItem(deps: WorkerDeps, payload: unknown): Promise<ScoredItem> {
  const item = RawItem.parse(payload);
  const result = deps.scorer.score({ title: item.title, summary: item.summary });
  const actors = [...new Set(result.actors.map((actor) => actor.id))];
  const scored: ScoredItem = {
    ...item,
    topics: routeTopics(item.topics, await deps.topics.getMany(item.topics), actors),
    score: {
      label: result.label,
      escalation: result.escalation,
      deescalation: result.deescalation,
      net: result.net,
      signals: result.signals,
      actors,
      lexiconVersion: result.lexiconVersion,
    },
    placedAt: placedAt(item, deps.now()),
    storyId: storyId(item.title, item.id),
  };
  await deps.queues.itemRecord.add('record', scored, { jobId: item.id });
  await deps.metrics.increment('itemsScored', { label: scored.score.label });
  return scored;
}
