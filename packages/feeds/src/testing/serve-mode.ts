import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { hugeFeed } from './generators.js';
import type { ServingMode } from './hostile-manifest.js';

/** Size of the body the `huge` mode streams. */
export const HUGE_BYTES = 50 * 1024 * 1024;

/** What the `conditional` mode sends, and answers 304 to when the client sends it back. */
export const CONDITIONAL_VALIDATORS = { etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' } as const;

/** What one response should carry. */
export interface Served {
  body: Buffer;
  contentType: string;
  mode: ServingMode;
  headers?: Record<string, string>;
  /** Interval between bytes in `trickle` mode. */
  trickleIntervalMs: number;
}

function stream(response: ServerResponse, chunks: Iterator<string>, limit: number): void {
  let sent = 0;
  const pump = (): void => {
    while (sent < limit && !response.destroyed) {
      const next = chunks.next();
      if (next.done) break;
      sent += Buffer.byteLength(next.value);
      if (!response.write(next.value)) return void response.once('drain', pump);
    }
    response.end();
  };
  pump();
}

function trickle(response: ServerResponse, body: Buffer, intervalMs: number): void {
  let offset = 0;
  const timer = setInterval(() => {
    if (offset >= body.length) {
      clearInterval(timer);
      return void response.end();
    }
    response.write(body.subarray(offset, offset + 1));
    offset += 1;
  }, intervalMs);
  response.once('close', () => clearInterval(timer));
}

function compressed(mode: ServingMode, body: Buffer): { encoding: string; bytes: Buffer } | undefined {
  if (mode === 'gzip') return { encoding: 'gzip', bytes: zlib.gzipSync(body) };
  if (mode === 'deflate') return { encoding: 'deflate', bytes: zlib.deflateSync(body) };
  if (mode === 'br') return { encoding: 'br', bytes: zlib.brotliCompressSync(body) };
  if (mode === 'fake-gzip') return { encoding: 'gzip', bytes: body };
  return undefined;
}

function notModified(request: IncomingMessage): boolean {
  return (
    request.headers['if-none-match'] === CONDITIONAL_VALIDATORS.etag ||
    request.headers['if-modified-since'] === CONDITIONAL_VALIDATORS.lastModified
  );
}

/**
 * Writes `served` to `response` in its mode. Redirect modes are handled by
 * the router, which knows the URL; here they serve the final body.
 */
export function serveMode(request: IncomingMessage, response: ServerResponse, served: Served): void {
  const { mode } = served;
  const headers: Record<string, string> = { 'content-type': served.contentType, ...served.headers };
  if (mode.startsWith('status:')) {
    response.writeHead(Number(mode.slice('status:'.length)), { ...headers, 'content-type': 'text/plain' });
    return void response.end('status fixture');
  }
  if (mode === 'conditional') {
    headers.etag = CONDITIONAL_VALIDATORS.etag;
    headers['last-modified'] = CONDITIONAL_VALIDATORS.lastModified;
    if (notModified(request)) {
      response.writeHead(304, headers);
      return void response.end();
    }
  }
  if (mode === 'huge') {
    response.writeHead(200, headers);
    return stream(response, hugeFeed(), HUGE_BYTES);
  }
  if (mode === 'trickle') {
    response.writeHead(200, headers);
    return trickle(response, served.body, served.trickleIntervalMs);
  }
  const encoded = compressed(mode, served.body);
  if (encoded) headers['content-encoding'] = encoded.encoding;
  const bytes = encoded?.bytes ?? served.body;
  response.writeHead(200, { ...headers, 'content-length': String(bytes.length) });
  response.end(bytes);
}
