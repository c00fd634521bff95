import { z } from 'zod';
import { IsoTime, Topic } from './common.js';

/** A party as the scorer's gazetteer codes it: "VEN", "USA", "NATO". */
export const ActorId = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9-]{0,19}$/, { error: 'must be a gazetteer code such as VEN, USA or NATO' });
export type ActorId = z.infer<typeof ActorId>;

/** How a topic's actors must appear in an item: `any` at least one, `all` every one. */
export const TopicMatch = z.enum(['any', 'all'], { error: 'must be "any" (at least one actor) or "all" (every actor)' });
export type TopicMatch = z.infer<typeof TopicMatch>;

/**
 * Which items of the feeds that name a topic count towards it. With actors,
 * only items that mention them: `any` at least one, `all` every one (a dyad
 * such as USA and VEN), so a general world feed can serve a narrow topic.
 * Without actors, every item of those feeds counts.
 */
export const TopicRouting = z.strictObject({
  actors: z
    .array(ActorId)
    .max(20, { error: 'name at most 20 actors' })
    .default([])
    .transform((actors) => [...new Set(actors)]),
  match: TopicMatch.default('any'),
});
export type TopicRouting = z.infer<typeof TopicRouting>;

/** A topic's stored routing. */
export const TopicSettings = z.strictObject({
  id: Topic,
  actors: z.array(ActorId),
  match: TopicMatch,
  updatedAt: IsoTime,
});
export type TopicSettings = z.infer<typeof TopicSettings>;

/**
 * A topic as `GET /api/topics` lists it: how many feeds name it (the default
 * topic also takes the items of feeds that name none) and which of their
 * items it keeps (`actors` empty: every one).
 */
export interface TopicView {
  id: string;
  default: boolean;
  feeds: number;
  actors: string[];
  match: TopicMatch;
}
