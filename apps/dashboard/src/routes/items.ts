import { decodeCursor, Id, Topic, ValidationError } from '@tension/core';
import { Router } from 'express';
import { z } from 'zod';
import type { DashboardDeps } from '../deps.js';
import { parseOr400 } from '../http-errors.js';

const ItemsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  feed: Id.optional(),
  topic: Topic.optional(),
});

/** `GET /api/items`: newest first, cursor-paginated, with label, scores and signals. */
export function itemRoutes(deps: DashboardDeps): Router {
  const router = Router();
  router.get('/items', async (req, res) => {
    const query = parseOr400(ItemsQuery, req.query, 'items query');
    const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && !cursor) {
      throw new ValidationError('cursor is not valid: pass back the nextCursor of a previous page unchanged.');
    }
    if (query.feed && query.topic) throw new ValidationError('Filter items by feed or by topic, not both: drop one of the two parameters.');
    const page = await deps.items.page({ limit: query.limit, ...(cursor ? { cursor } : {}), ...(query.feed ? { feedId: query.feed } : {}), ...(query.topic ? { topic: query.topic } : {}) });
    res.json(page);
  });
  return router;
}
