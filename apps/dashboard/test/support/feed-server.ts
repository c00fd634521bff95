import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedServer {
  /** URL of the RSS document. */
  feedUrl: string;
  close(): Promise<void>;
}

/** A news site on 127.0.0.1 serving one small RSS feed, for adding a feed through the page. */
export async function startFeedServer(title: string, itemTitles: readonly string[]): Promise<FeedServer> {
  const items = itemTitles
    .map((itemTitle, index) => `<item><title>${itemTitle}</title><link>https://local.example/story/${index}</link><guid>local-${index}</guid><pubDate>${new Date(Date.now() - index * 3_600_000).toUTCString()}</pubDate></item>`)
    .join('');
  const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://local.example/</link><description>Test feed</description>${items}</channel></rss>`;
  const server: Server = createServer((request, response) => {
    if (request.url === '/rss.xml') {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(rss);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    feedUrl: `http://127.0.0.1:${port}/rss.xml`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
