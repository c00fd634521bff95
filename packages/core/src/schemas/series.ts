import { z } from 'zod';
import { Id, IsoTime } from './common.js';

/** The tension level of one topic at one instant. */
export const SeriesPoint = z.object({
  t: IsoTime,
  level: z.number().min(0).max(100),
  escalation: z.number().nonnegative(),
  deescalation: z.number().nonnegative(),
  items: z.number().int().nonnegative(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/** A level update published live for a topic. */
export const LevelUpdate = SeriesPoint.extend({ topic: Id });
export type LevelUpdate = z.infer<typeof LevelUpdate>;
