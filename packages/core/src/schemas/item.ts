import { z } from 'zod';
import { HttpUrl, Id, IsoTime } from './common.js';

/** An item as parsed from a feed, before scoring. */
export const RawItem = z.object({
  id: Id,
  feedId: Id,
  guid: z.string().max(2_048).optional(),
  link: HttpUrl.optional(),
  title: z.string().max(2_000),
  summary: z.string().max(20_000).optional(),
  author: z.string().max(500).optional(),
  publishedAt: IsoTime.optional(),
  seenAt: IsoTime,
  /** The topics it counts towards: its feed's when it was fetched (see feedTopics). */
  topics: z.array(Id).min(1),
});
export type RawItem = z.infer<typeof RawItem>;

/** Which text field of an item a signal's offsets refer to. */
export const TextField = z.enum(['title', 'summary', 'content']);
export type TextField = z.infer<typeof TextField>;

/** One piece of evidence: words that fired, where, and how much they weigh. */
export const Signal = z.object({
  category: z.string(),
  /** `+` escalation, `-` de-escalation (PRODUCT §4). */
  polarity: z.enum(['+', '-']),
  weight: z.number(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  field: TextField.optional(),
});
export type Signal = z.infer<typeof Signal>;

export const Label = z.enum(['escalation', 'de-escalation', 'neutral']);
export type Label = z.infer<typeof Label>;

/** The scorer's verdict on one item (PRODUCT §4 plus actors and version). */
export const Score = z.object({
  label: Label,
  escalation: z.number().min(0).max(10),
  deescalation: z.number().min(0).max(10),
  net: z.number().min(-10).max(10),
  signals: z.array(Signal),
  actors: z.array(z.string()),
  lexiconVersion: z.string(),
});
export type Score = z.infer<typeof Score>;

/** An item with its score and where it sits in time. */
export const ScoredItem = RawItem.extend({
  score: Score,
  /**
   * The topics it counts towards: its feed's, less those whose actors it
   * does not mention (see routeTopics); empty when it counts towards none.
   */
  topics: z.array(Id),
  /** The instant the item counts at: published time, or first-seen when missing or in the future. */
  placedAt: IsoTime,
  /** Items with the same story id are one story syndicated by several feeds. */
  storyId: Id,
});
export type ScoredItem = z.infer<typeof ScoredItem>;
