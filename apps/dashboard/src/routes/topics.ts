import { knownTopics, NotFoundError, Topic, TopicRouting, ValidationError } from '@tension/core';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { DashboardDeps } from '../deps.js';
import { parseOr400 } from '../http-errors.js';
import { ActorLookup } from '../topics/actor-lookup.js';

/**
 * A topic with how many feeds name it and which of their items it keeps:
 * the default topic also takes the items of feeds that name none; `actors`
 * (gazetteer codes) limits it to items that mention them (`match`).
 */
export interface TopicView {
  id: string;
  default: boolean;
  feeds: number;
  actors: string[];
  match: 'any' | 'all';
}

/** Every topic in use, the default first (see knownTopics), with its feed count and routing. */
export async function listTopics(deps: DashboardDeps): Promise<TopicView[]> {
  const feeds = await deps.feeds.list();
  const { defaultTopic } = deps.config;
  const ids = knownTopics(feeds, defaultTopic);
  const routing = await deps.topics.getMany(ids);
  return ids.map((id) => ({
    id,
    default: id === defaultTopic,
    feeds: feeds.filter((feed) => (feed.topics.length === 0 ? id === defaultTopic : feed.topics.includes(id))).length,
    actors: routing.get(id)?.actors ?? [],
    match: routing.get(id)?.match ?? 'any',
  }));
}

/** What a user sends: actors as codes or as names ("Venezuela", "Caracas"), resolved through the gazetteer. */
const RoutingInput = z.strictObject({
  actors: z.array(z.string().trim().min(1, { error: 'must not be empty' }).max(100)).max(20, { error: 'name at most 20 actors' }),
  match: z.enum(['any', 'all'], { error: 'must be "any" (at least one actor) or "all" (every actor)' }).default('any'),
});

/**
 * `GET /api/topics`: the topics the level is kept for.
 * `PUT /api/topics/:id`: which actors an item must mention to count towards
 * the topic (an empty list: every item of its feeds again).
 */
export function topicRoutes(deps: DashboardDeps, admin: RequestHandler): Router {
  const router = Router();
  let lookup: ActorLookup | undefined;

  router.get('/topics', async (_req, res) => {
    res.json({ topics: await listTopics(deps) });
  });

  router.put('/topics/:id', admin, async (req, res) => {
    const id = parseOr400(Topic, req.params.id, 'topic');
    if (!(await listTopics(deps)).some((topic) => topic.id === id)) throw new NotFoundError('topic', id);
    const input = parseOr400(RoutingInput, req.body, 'topic routing');
    lookup ??= new ActorLookup();
    const resolved = input.actors.map((words) => lookup?.resolve(words));
    const unknown = input.actors.flatMap((words, index) => (resolved[index] === undefined ? [{ field: `actors.${index}`, problem: `"${words}" is not in the gazetteer; use a code such as VEN or USA, or a name such as Venezuela` }] : []));
    if (unknown.length > 0) {
      throw new ValidationError(`Invalid topic routing: ${unknown.map((field) => `${field.field}: ${field.problem}`).join('; ')}.`, { fields: unknown });
    }
    const routing = TopicRouting.parse({ actors: resolved, match: input.match });
    if (routing.actors.length === 0) await deps.topics.delete(id);
    else await deps.topics.put({ id, ...routing, updatedAt: new Date(deps.now()).toISOString() });
    // Every open page names the topic's actors in its picker.
    await deps.events.append({ type: 'topic', data: { topic: id, actors: routing.actors, match: routing.match } });
    res.json({ topic: (await listTopics(deps)).find((topic) => topic.id === id) });
  });

  return router;
}
