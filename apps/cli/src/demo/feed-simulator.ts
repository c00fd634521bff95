import { createServer, type Server } from 'node:http';
import { rssDocument, type SimulatedItem } from './rss-document.js';
import { seededRandom, StoryGenerator } from './story-generator.js';

/** The simulated outlets. Several carry the same story at times, as syndication does. */
export const SIMULATED_OUTLETS = [
  { slug: 'arvo-wire', title: 'Arvo Wire (demo)' },
  { slug: 'kestrel-post', title: 'Kestrel Post (demo)' },
  { slug: 'maren-herald', title: 'Maren Herald (demo)' },
  { slug: 'strait-watch', title: 'Strait Watch (demo)' },
  { slug: 'world-desk', title: 'World Desk (demo)' },
] as const;

const ITEMS_PER_FEED = 20;

export interface SimulatorOptions {
  port?: number;
  seed?: number;
  /** A new story every this many ms. */
  releaseEveryMs?: number;
  /** Stories published over the past three hours before start, so the chart has a history. */
  backfill?: number;
  now?: () => number;
}

export interface FeedSimulator {
  origin: string;
  feeds: Array<{ slug: string; title: string; url: string }>;
  /** Publishes one more story at once. */
  release(): void;
  close(): Promise<void>;
}

/**
 * Serves realistic RSS feeds on 127.0.0.1 for the offline demo, releasing
 * new stories over time. Supports conditional GET like a polite server.
 */
export async function startFeedSimulator(options: SimulatorOptions = {}): Promise<FeedSimulator> {
  const now = options.now ?? Date.now;
  const random = seededRandom(options.seed ?? 20_261_125);
  const generator = new StoryGenerator(random);
  const startedAt = now();
  const items = new Map<string, SimulatedItem[]>(SIMULATED_OUTLETS.map((outlet) => [outlet.slug, []]));
  let sequence = 0;
  let origin = '';

  const publish = (at: number) => {
    const story = generator.next(at - startedAt);
    sequence += 1;
    const first = SIMULATED_OUTLETS[Math.floor(random() * SIMULATED_OUTLETS.length)] ?? SIMULATED_OUTLETS[0];
    const outlets = new Set<string>([first.slug]);
    while (random() < 0.35 && outlets.size < 3) outlets.add(SIMULATED_OUTLETS[Math.floor(random() * SIMULATED_OUTLETS.length)]?.slug ?? first.slug);
    for (const slug of outlets) {
      const list = items.get(slug) ?? [];
      list.unshift({ guid: `${slug}-${sequence}`, title: story.title, summary: story.summary, link: `${origin}/stories/${sequence}`, publishedAt: at });
      list.length = Math.min(list.length, ITEMS_PER_FEED);
      items.set(slug, list);
    }
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const feedMatch = /^\/feeds\/([a-z-]+)\.xml$/.exec(url.pathname);
    const outlet = feedMatch ? SIMULATED_OUTLETS.find((candidate) => candidate.slug === feedMatch[1]) : undefined;
    if (outlet) {
      const list = items.get(outlet.slug) ?? [];
      const etag = `"${outlet.slug}-${list[0]?.guid ?? 'empty'}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag }).end();
        return;
      }
      const body = rssDocument({ title: outlet.title, link: `${origin}/`, description: 'Invented news for the Tension Monitor demo.' }, list);
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag, 'Cache-Control': 'no-cache' }).end(body);
      return;
    }
    if (url.pathname.startsWith('/stories/')) {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This is an invented story from the Tension Monitor demo. None of it happened.\n');
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const backfill = options.backfill ?? 24;
  for (let index = backfill; index > 0; index -= 1) publish(startedAt - index * ((3 * 3_600_000) / backfill));
  const timer = setInterval(() => publish(now()), options.releaseEveryMs ?? 5_000);
  timer.unref();

  return {
    origin,
    feeds: SIMULATED_OUTLETS.map((outlet) => ({ ...outlet, url: `${origin}/feeds/${outlet.slug}.xml` })),
    release: () => publish(now()),
    async close() {
      clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
