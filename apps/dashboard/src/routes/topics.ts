import { knownTopics } from '@tension/core';
import { Router } from 'express';
import type { DashboardDeps } from '../deps.js';

/** A topic with how many feeds name it; the default topic also takes the items of feeds that name none. */
export interface TopicView {
  id: string;
  default: boolean;
  feeds: number;
}

/** Every topic in use, the default first (see knownTopics), with its feed count. */
export async function listTopics(deps: DashboardDeps): Promise<TopicView[]> {
  const feeds = await deps.feeds.list();
  const { defaultTopic } = deps.config;
  return knownTopics(feeds, defaultTopic).map((id) => ({
    id,
    default: id === defaultTopic,
    feeds: feeds.filter((feed) => (feed.topics.length === 0 ? id === defaultTopic : feed.topics.includes(id))).length,
  }));
}

/** `GET /api/topics`: the topics the level is kept for. */
export function topicRoutes(deps: DashboardDeps): Router {
  const router = Router();
  router.get('/topics', async (_req, res) => {
    res.json({ topics: await listTopics(deps) });
  });
  return router;
}
