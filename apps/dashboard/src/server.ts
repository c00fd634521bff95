import express, { type Express } from 'express';
import openApi from '../api/openapi.json' with { type: 'json' };
import helmet from 'helmet';
import { requireAdmin } from './auth.js';
import type { DashboardDeps } from './deps.js';
import { errorHandler } from './http-errors.js';
import { feedRoutes } from './routes/feeds.js';
import { healthRoutes } from './routes/health.js';
import { itemRoutes } from './routes/items.js';
import { metricsRoutes } from './routes/metrics.js';
import { seriesRoutes } from './routes/series.js';
import { streamRoutes } from './routes/stream.js';
import { topicRoutes } from './routes/topics.js';

/**
 * The Express app: JSON API under /api, the live stream, and the web page
 * with all its assets served from here under a strict Content-Security-Policy
 * (no inline scripts, no CDN).
 */
export function createServer(deps: DashboardDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  const api = express.Router();
  api.use(express.json({ limit: '100kb' }));
  const admin = requireAdmin(deps.adminToken);
  api.use(healthRoutes(deps));
  api.use(feedRoutes(deps, admin));
  api.use(itemRoutes(deps));
  api.use(seriesRoutes(deps));
  api.use(topicRoutes(deps, admin));
  api.use(streamRoutes(deps));
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  api.use((req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: `No API route ${req.method} ${req.originalUrl}. See the API section of the README.` } });
  });
  app.use('/api', api);
  app.use(metricsRoutes(deps));
  app.use(
    express.static(deps.publicDir, {
      index: 'index.html',
      maxAge: '1h',
      // The page and its bundle keep their names across releases: revalidate them every time.
      setHeaders(res, path) {
        if (/(index\.html|app\.js)$/.test(path)) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.use(errorHandler(deps.logger));
  return app;
}
