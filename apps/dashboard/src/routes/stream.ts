import { isStreamId, type StoredEvent } from '@tension/core';
import { Router, type Response } from 'express';
import type { DashboardDeps } from '../deps.js';
import { compareStreamIds } from '../live/stream-id.js';

function writeEvent(res: Response, stored: StoredEvent): void {
  res.write(`id: ${stored.id}\nevent: ${stored.event.type}\ndata: ${JSON.stringify(stored.event.data)}\n\n`);
}

/**
 * `GET /api/stream`: Server-Sent Events `item`, `level`, `feed`. A client
 * that reconnects with `Last-Event-ID` first receives what it missed (the log
 * keeps the newest ~10,000 events), then live events, with no gap and no
 * repeat: it subscribes before catching up and drops anything already sent.
 */
export function streamRoutes(deps: DashboardDeps): Router {
  const router = Router();
  router.get('/stream', async (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    const resumeFrom = req.get('last-event-id') ?? (typeof req.query.lastEventId === 'string' ? req.query.lastEventId : undefined);
    let sentUpTo = resumeFrom && isStreamId(resumeFrom) ? resumeFrom : undefined;
    let catchingUp = sentUpTo !== undefined;
    const pending: StoredEvent[] = [];
    const send = (stored: StoredEvent) => {
      if (sentUpTo && compareStreamIds(stored.id, sentUpTo) <= 0) return;
      writeEvent(res, stored);
      sentUpTo = stored.id;
    };
    const unsubscribe = deps.fanout.subscribe((stored) => (catchingUp ? pending.push(stored) : send(stored)));
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), deps.config.sseHeartbeatMs);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
    if (sentUpTo) {
      try {
        for (const stored of await deps.events.after(sentUpTo, 10_000)) send(stored);
      } catch (error) {
        deps.logger.warn({ err: error }, 'could not replay missed events');
      }
      catchingUp = false;
      for (const stored of pending.splice(0)) send(stored);
    }
  });
  return router;
}
