import { NotFoundError, Topic, ValidationError } from '@tension/core';
import { levelSeries, lookbackMs } from '@tension/level';
import { Router } from 'express';
import { z } from 'zod';
import type { DashboardDeps } from '../deps.js';
import { parseOr400 } from '../http-errors.js';
import { isKnownTopic } from './topics.js';

const MAX_POINTS = 2_000;
const DEFAULT_RANGE_MS = 24 * 3_600_000;

const instant = z.union([
  z.string().regex(/^\d{10,13}$/).transform((value) => (value.length === 13 ? Number(value) : Number(value) * 1000)),
  z.iso.datetime({ offset: true }).transform((value) => Date.parse(value)),
]);

const SeriesQuery = z.object({
  topic: Topic.optional(),
  from: instant.optional(),
  to: instant.optional(),
  /** Seconds between points; default spreads about 300 points over the range. */
  step: z.coerce.number().int().min(60).max(30 * 86_400).optional(),
});

/** `GET /api/series`: the tension level of a topic on a regular time grid. */
export function seriesRoutes(deps: DashboardDeps): Router {
  const router = Router();
  router.get('/series', async (req, res) => {
    const query = parseOr400(SeriesQuery, req.query, 'series query');
    const topic = query.topic ?? deps.config.defaultTopic;
    if (!(await isKnownTopic(deps, topic))) throw new NotFoundError('topic', topic);
    const to = query.to ?? deps.now();
    const from = query.from ?? to - DEFAULT_RANGE_MS;
    if (from >= to) throw new ValidationError('from must be before to.');
    const stepMs = (query.step ?? Math.max(60, Math.ceil((to - from) / 300 / 60_000) * 60)) * 1000;
    if ((to - from) / stepMs > MAX_POINTS) {
      throw new ValidationError(`That range at that step gives more than ${MAX_POINTS} points; use a larger step.`);
    }
    const buckets = await deps.series.buckets(topic, from - lookbackMs(deps.levelParams), to);
    const points = levelSeries(buckets, { from, to, stepMs }, deps.levelParams).map((point) => ({
      t: new Date(point.t).toISOString(),
      level: point.level,
      escalation: point.escalation,
      deescalation: point.deescalation,
      items: point.items,
    }));
    res.json({
      topic,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      stepSeconds: stepMs / 1000,
      halfLifeHours: deps.levelParams.halfLifeMs / 3_600_000,
      calmMass: deps.levelParams.calmMass,
      points,
    });
  });
  return router;
}
