import { knownTopics, NotFoundError, Topic, TopicMatch, TopicRouting, type Feed, type TopicSettings, type TopicView } from '@tension/core';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { DashboardDeps } from '../deps.js';
import { invalidFields, parseOr400 } from '../http-errors.js';
import { ActorLookup } from '../topics/actor-lookup.js';

/** The views of topics `ids`, from the feeds that name them and their stored routing. */
function topicViews(feeds: readonly Feed[], ids: readonly string[], defaultTopic: string, routing: ReadonlyMap<string, Pick<TopicSettings, 'actors' | 'match'>>): TopicView[] {
  return ids.map((id) => ({
    id,
    default: id === defaultTopic,
    feeds: feeds.filter((feed) => (feed.topics.length === 0 ? id === defaultTopic : feed.topics.includes(id))).length,
    actors: routing.get(id)?.actors ?? [],
    match: routing.get(id)?.match ?? 'any',
  }));
}

/** Every topic in use, the default first (see knownTopics), with its feed count and routing. */
export async function listTopics(deps: DashboardDeps): Promise<TopicView[]> {
  const feeds = await deps.feeds.list();
  const ids = knownTopics(feeds, deps.config.defaultTopic);
  return topicViews(feeds, ids, deps.config.defaultTopic, await deps.topics.getMany(ids));
}

/** Whether some feed names `topic` (or it is the default topic). */
export async function isKnownTopic(deps: DashboardDeps, topic: string): Promise<boolean> {
  return knownTopics(await deps.feeds.list(), deps.config.defaultTopic).includes(topic);
}

/** What a user sends: actors as codes or as names ("Venezuela", "Caracas"), resolved through the gazetteer. */
const RoutingInput = z.strictObject({
  actors: z.array(z.string().trim().min(1, { error: 'must not be empty' }).max(100)).max(20, { error: 'name at most 20 actors' }),
  match: TopicMatch.default('any'),
});

/**
 * `GET /api/topics`: the topics the level is kept for.
 * `PUT /api/topics/:id`: which actors an item must mention to count towards
 * the topic (an empty list: every item of its feeds again).
 */
export function topicRoutes(deps: DashboardDeps, admin: RequestHandler): Router {
  const router = Router();
  // Built on the first PUT: reading the gazetteer is not worth doing for a dashboard nobody configures.
  let lookup: ActorLookup | undefined;

  router.get('/topics', async (_req, res) => {
    res.json({ topics: await listTopics(deps) });
  });

  router.put('/topics/:id', admin, async (req, res) => {
    const id = parseOr400(Topic, req.params.id, 'topic');
    const feeds = await deps.feeds.list();
    if (!knownTopics(feeds, deps.config.defaultTopic).includes(id)) throw new NotFoundError('topic', id);
    const input = parseOr400(RoutingInput, req.body, 'topic routing');
    const gazetteer = (lookup ??= new ActorLookup());
    const codes: string[] = [];
    const unknown: Array<{ field: string; problem: string }> = [];
    input.actors.forEach((words, index) => {
      const code = gazetteer.resolve(words);
      if (code) codes.push(code);
      else unknown.push({ field: `actors.${index}`, problem: `"${words}" is not in the gazetteer; use a code such as VEN or USA, or a name such as Venezuela` });
    });
    if (unknown.length > 0) throw invalidFields('topic routing', unknown);
    const routing = TopicRouting.parse({ actors: codes, match: input.match });
    const kept = routing.actors.length > 0;
    if (kept) await deps.topics.put({ id, ...routing, updatedAt: new Date(deps.now()).toISOString() });
    else await deps.topics.delete(id);
    // Every open page names the topic's actors in its picker.
    await deps.events.append({ type: 'topic', data: { topic: id, actors: routing.actors, match: routing.match } });
    const [view] = topicViews(feeds, [id], deps.config.defaultTopic, new Map(kept ? [[id, routing]] : []));
    res.json({ topic: view });
  });

  return router;
}
