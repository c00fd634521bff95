import { createServer, type Server } from 'node:http';
import { renderRss, type TestEntry } from './rss-server.js';

/** What one path answers until the test changes it: an RSS document, or a bare status with headers. */
export type ScriptedAnswer = { entries: TestEntry[] } | { status: number; headers?: Record<string, string> };

export interface ScriptedFeedServer {
  url(path: string): string;
  /** Replaces what `path` answers. */
  answer(path: string, answer: ScriptedAnswer): void;
  /** Requests `path` received, whatever was answered: proves whether a poll went to the network. */
  hits(path: string): number;
  close(): Promise<void>;
}

/**
 * An HTTP server on 127.0.0.1 whose answers (including error statuses with
 * headers such as Retry-After) a test scripts per path. RSS answers carry an
 * ETag and honour If-None-Match, so a second poll of unchanged content is a 304.
 */
export async function startScriptedFeedServer(): Promise<ScriptedFeedServer> {
  const answers = new Map<string, { answer: ScriptedAnswer; etag: string }>();
  const counts = new Map<string, number>();
  let version = 0;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const current = answers.get(path);
    if (!current) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const { answer, etag } = current;
    if ('status' in answer) {
      res.writeHead(answer.status, { 'Content-Type': 'text/plain', ...answer.headers }).end('scripted answer');
      return;
    }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag }).end(renderRss(answer.entries));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url: (path) => `${origin}${path}`,
    answer(path, answer) {
      version += 1;
      answers.set(path, { answer, etag: `"s${version}"` });
    },
    hits: (path) => counts.get(path) ?? 0,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
