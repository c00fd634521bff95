import { createServer, type Server } from 'node:http';

export type FeedKind = 'fresh' | 'unchanged' | 'slow';

export interface FarmFeed {
  url: string;
  kind: FeedKind;
}

export interface FeedFarm {
  feeds: FarmFeed[];
  /** Every "fresh" feed replaces its items with `itemsPerFeed` new ones. */
  publish(): void;
  close(): Promise<void>;
}

const SENTENCES = [
  'Artillery shelling hits border villages as troops are deployed to the front',
  'Foreign ministers meet for talks on a ceasefire and prisoner exchange',
  'Navy seizes tanker in disputed waters; crew detained',
  'Parliament debates the annual budget and school funding',
  'Presidents hold phone call and agree to meet next month',
  'Drone strike kills several fighters near the airport',
];

function rss(feedIndex: number, version: number, perFeed: number): string {
  const items: string[] = [];
  for (let index = 0; index < perFeed; index += 1) {
    const serial = version * perFeed - index;
    const title = `${SENTENCES[(feedIndex + serial) % SENTENCES.length]} (${feedIndex}-${serial})`;
    items.push(
      `<item><guid isPermaLink="false">f${feedIndex}-${serial}</guid><title>${title}</title>` +
        `<link>http://news.test/${feedIndex}/${serial}</link><description>${title}. Officials gave further details later in the day.</description>` +
        `<pubDate>${new Date(Date.now() - index * 60_000).toUTCString()}</pubDate></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${feedIndex}</title><link>http://news.test/${feedIndex}</link><description>bench</description>${items.join('')}</channel></rss>`;
}

/**
 * `count` feeds spread over `hosts` loopback addresses (127.0.0.2 …), so the
 * per-host limit applies as it would across real publishers. 60 % publish
 * new items, 30 % answer 304 to conditional requests, 10 % are slow.
 */
export async function startFeedFarm(options: { count: number; hosts: number; itemsPerFeed: number; slowMs: number }): Promise<FeedFarm> {
  let version = 1;
  const servers: Server[] = [];
  const feeds: FarmFeed[] = [];
  const kindOf = (index: number): FeedKind => (index % 10 < 6 ? 'fresh' : index % 10 < 9 ? 'unchanged' : 'slow');
  for (let host = 0; host < options.hosts; host += 1) {
    const address = `127.0.0.${host + 2}`;
    const server = createServer((req, res) => {
      const index = Number(/\/feed\/(\d+)\.xml/.exec(req.url ?? '')?.[1] ?? -1);
      const kind = kindOf(index);
      const feedVersion = kind === 'fresh' ? version : 1;
      const etag = `"${index}-${feedVersion}"`;
      const answer = () => {
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { ETag: etag }).end();
          return;
        }
        res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag }).end(rss(index, feedVersion, options.itemsPerFeed));
      };
      if (kind === 'slow') setTimeout(answer, options.slowMs);
      else answer();
    });
    await new Promise<void>((resolve) => server.listen(0, address, () => resolve()));
    const port = (server.address() as { port: number }).port;
    servers.push(server);
    for (let index = host; index < options.count; index += options.hosts) feeds.push({ url: `http://${address}:${port}/feed/${index}.xml`, kind: kindOf(index) });
  }
  return {
    feeds,
    publish() {
      version += 1;
    },
    async close() {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
