import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generate } from './generators.js';
import { HOSTILE_DIR, loadHostileManifest } from './hostile-manifest.js';
import type { HostileCase, ServingMode } from './hostile-manifest.js';
import { serveMode } from './serve-mode.js';

export { HOSTILE_DIR, loadHostileManifest } from './hostile-manifest.js';
export type { BodyGenerator, HostileCase, HostileExpectation, ServingMode } from './hostile-manifest.js';
export { CONDITIONAL_VALIDATORS, HUGE_BYTES } from './serve-mode.js';

/** A request the server saw, for assertions on what the client sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

/** A running fixture server on 127.0.0.1. */
export interface FixtureServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** URL of a hostile-corpus case: `/case/<name>`. */
  caseUrl(name: string): string;
  /** URL of a file under `directory`, served in `mode` with `contentType` (guessed from the extension by default). */
  fileUrl(relativePath: string, options?: { mode?: ServingMode; contentType?: string }): string;
  /** Every request seen so far, oldest first. */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Options for {@link startFixtureServer}. */
export interface FixtureServerOptions {
  /** Folder `fileUrl` serves from; default the hostile corpus folder. */
  directory?: string;
  /** Cases `caseUrl` serves; default fixtures/hostile/manifest.json. */
  cases?: HostileCase[];
  /** Interval between bytes in `trickle` mode; default 1000 ms. */
  trickleIntervalMs?: number;
}

const TYPES: Readonly<Record<string, string>> = {
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.json': 'application/feed+json',
  '.html': 'text/html; charset=utf-8',
  '.opml': 'text/x-opml',
};

function redirectCount(mode: ServingMode): { count: number; status: number } | undefined {
  const match = /^redirect(-permanent)?:(\d+)$/.exec(mode);
  return match ? { count: Number(match[2]), status: match[1] ? 301 : 302 } : undefined;
}

/** Resolves `relative` inside `root`, refusing `..` escapes. */
function inside(root: string, relative: string): string | undefined {
  const full = path.resolve(root, relative);
  return full.startsWith(path.resolve(root) + path.sep) ? full : undefined;
}

async function bodyOf(entry: HostileCase, directory: string): Promise<Buffer> {
  if (entry.generator) return generate(entry.generator);
  if (entry.file) return readFile(path.join(directory, entry.file));
  return Buffer.alloc(0);
}

/**
 * Serves the hostile corpus (`/case/<name>`, with `/hop/<n>` paths for
 * redirect chains) and arbitrary files (`/files/<path>?mode=&type=`) on
 * 127.0.0.1 with a random port, in any {@link ServingMode}.
 */
export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const directory = options.directory ?? HOSTILE_DIR;
  const cases = new Map((options.cases ?? loadHostileManifest()).map((entry) => [entry.name, entry]));
  const trickleIntervalMs = options.trickleIntervalMs ?? 1_000;
  const requests: RecordedRequest[] = [];

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fixture');
    requests.push({ method: request.method ?? 'GET', path: `${url.pathname}${url.search}`, headers: request.headers });
    const caseMatch = /^\/case\/([^/]+)(?:\/hop\/(\d+))?$/.exec(url.pathname);
    if (caseMatch) {
      const entry = cases.get(decodeURIComponent(caseMatch[1] ?? ''));
      if (!entry) return void response.writeHead(404).end('no such case');
      const redirect = redirectCount(entry.mode);
      const hop = Number(caseMatch[2] ?? 0);
      if (redirect && hop < redirect.count) {
        response.writeHead(redirect.status, { location: `/case/${encodeURIComponent(entry.name)}/hop/${hop + 1}` });
        return void response.end();
      }
      const served = { body: await bodyOf(entry, directory), contentType: entry.contentType, trickleIntervalMs };
      const mode = redirect ? 'plain' : entry.mode;
      return serveMode(request, response, { ...served, mode, ...(entry.headers ? { headers: entry.headers } : {}) });
    }
    if (url.pathname.startsWith('/files/')) {
      const file = inside(directory, decodeURIComponent(url.pathname.slice('/files/'.length)));
      const body = file ? await readFile(file).catch(() => undefined) : undefined;
      if (!file || !body) return void response.writeHead(404).end('no such file');
      const contentType = url.searchParams.get('type') ?? TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const mode = (url.searchParams.get('mode') ?? 'plain') as ServingMode;
      return serveMode(request, response, { body, contentType, mode, trickleIntervalMs });
    }
    response.writeHead(404).end('unknown path');
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    caseUrl: (name) => `${origin}/case/${encodeURIComponent(name)}`,
    fileUrl: (relativePath, fileOptions = {}) => {
      const query = new URLSearchParams();
      if (fileOptions.mode) query.set('mode', fileOptions.mode);
      if (fileOptions.contentType) query.set('type', fileOptions.contentType);
      const encoded = relativePath.split('/').map(encodeURIComponent).join('/');
      return `${origin}/files/${encoded}${query.size > 0 ? `?${query}` : ''}`;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
