import { createServer, type Server } from 'node:http';

export interface TestEntry {
  guid?: string;
  title: string;
  summary?: string;
  link?: string;
  publishedAt?: string;
}

export interface TestFeedServer {
  origin: string;
  url(path: string): string;
  /** Replaces what `path` serves. */
  setFeed(path: string, entries: TestEntry[], options?: { status?: number }): void;
  /** How many requests `path` received and how many were answered 304. */
  hits(path: string): { total: number; notModified: number };
  close(): Promise<void>;
}

const escape = (text: string) => text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** An RSS 2.0 document with these entries, their text escaped. */
export function renderRss(entries: readonly TestEntry[]): string {
  const items = entries
    .map(
      (entry) =>
        `<item>${entry.guid ? `<guid isPermaLink="false">${escape(entry.guid)}</guid>` : ''}<title>${escape(entry.title)}</title>` +
        `${entry.link ? `<link>${escape(entry.link)}</link>` : ''}${entry.summary ? `<description>${escape(entry.summary)}</description>` : ''}` +
        `${entry.publishedAt ? `<pubDate>${new Date(entry.publishedAt).toUTCString()}</pubDate>` : ''}</item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test feed</title><link>http://example.test/</link><description>t</description>${items}</channel></rss>`;
}

/** RSS feeds on 127.0.0.1 whose content a test changes between polls; honours If-None-Match. */
export async function startTestFeedServer(): Promise<TestFeedServer> {
  const feeds = new Map<string, { body: string; etag: string; status: number }>();
  const counts = new Map<string, { total: number; notModified: number }>();
  let version = 0;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const count = counts.get(path) ?? { total: 0, notModified: 0 };
    count.total += 1;
    counts.set(path, count);
    const feed = feeds.get(path);
    if (!feed) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (feed.status !== 200) {
      res.writeHead(feed.status, { 'Content-Type': 'text/plain' }).end('error');
      return;
    }
    if (req.headers['if-none-match'] === feed.etag) {
      count.notModified += 1;
      res.writeHead(304, { ETag: feed.etag }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: feed.etag }).end(feed.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    setFeed(path, entries, options = {}) {
      version += 1;
      feeds.set(path, { body: renderRss(entries), etag: `"v${version}"`, status: options.status ?? 200 });
    },
    hits: (path) => counts.get(path) ?? { total: 0, notModified: 0 },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
