import { FeedCreate, FeedPatch, Id, NotFoundError, requestPoll } from '@tension/core';
import express, { Router, type RequestHandler } from 'express';
import type { DashboardDeps } from '../deps.js';
import { createFeed, deleteFeed, feedOverview, listFeedViews, updateFeed } from '../feeds/feed-admin.js';
import { exportOpml, importOpml } from '../feeds/opml-import.js';
import { parseOr400 } from '../http-errors.js';

/** `/api/feeds`: list, add (validated by fetching), edit, pause, delete, poll now, OPML. */
export function feedRoutes(deps: DashboardDeps, admin: RequestHandler): Router {
  const router = Router();

  const load = async (rawId: unknown) => {
    const id = parseOr400(Id, rawId, 'feed id');
    const feed = await deps.feeds.get(id);
    if (!feed) throw new NotFoundError('feed', id);
    return feed;
  };

  router.get('/feeds', async (_req, res) => {
    const { feeds, outage } = await feedOverview(deps);
    res.json({ feeds, outage });
  });

  router.get('/feeds/opml', async (_req, res) => {
    res.type('text/x-opml; charset=utf-8').attachment('tension-monitor-feeds.opml').send(await exportOpml(deps));
  });

  router.post(
    '/feeds/opml',
    admin,
    express.text({ type: () => true, limit: '2mb' }),
    async (req, res) => {
      const text = typeof req.body === 'string' ? req.body : '';
      res.json(await importOpml(deps, text));
    },
  );

  router.get('/feeds/:id', async (req, res) => {
    // The same view as the list, as a feed's status depends on the others (outage); an unknown id gets load's 404.
    const view = (await listFeedViews(deps)).find((candidate) => candidate.id === req.params.id);
    res.json({ feed: view ?? (await load(req.params.id)) });
  });

  router.post('/feeds', admin, async (req, res) => {
    const input = parseOr400(FeedCreate, req.body, 'feed');
    const created = await createFeed(deps, input);
    res.status(201).location(`/api/feeds/${created.feed.id}`).json(created);
  });

  router.patch('/feeds/:id', admin, async (req, res) => {
    const current = await load(req.params.id);
    const patch = parseOr400(FeedPatch, req.body, 'feed edit');
    res.json({ feed: await updateFeed(deps, current, patch) });
  });

  router.post('/feeds/:id/poll', admin, async (req, res) => {
    const feed = await load(req.params.id);
    await requestPoll(deps.queues, feed.id, 'manual');
    res.status(202).json({ queued: true });
  });

  router.delete('/feeds/:id', admin, async (req, res) => {
    const feed = await load(req.params.id);
    const purge = req.query.purge === 'true';
    res.json({ deleted: feed.id, ...(await deleteFeed(deps, feed.id, purge)) });
  });

  return router;
}
