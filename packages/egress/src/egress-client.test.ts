import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createEgressClient } from './egress-client.js';
import type { EgressOptions } from './options.js';

interface TestServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

const servers: TestServer[] = [];

async function serve(handler: http.RequestListener): Promise<TestServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const handle = {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  servers.push(handle);
  return handle;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function client(overrides: Partial<EgressOptions> = {}) {
  return createEgressClient({ allowPrivate: true, timeoutMs: 5_000, connectTimeoutMs: 2_000, ...overrides });
}

describe('createEgressClient().request', () => {
  it('returns status, lower-case headers, body and final URL, sending our User-Agent and Accept-Encoding', async () => {
    let seen: http.IncomingHttpHeaders = {};
    const server = await serve((req, res) => {
      seen = req.headers;
      res.setHeader('ETag', '"v1"');
      res.end('hello');
    });
    const response = await client({ userAgent: 'TestAgent/1' }).request(`${server.origin}/feed`, {
      headers: { Accept: 'application/rss+xml', 'If-None-Match': '"v0"' },
    });
    expect(response).toMatchObject({ status: 200, url: `${server.origin}/feed`, redirects: [] });
    expect(response.headers.etag).toBe('"v1"');
    expect(response.body.toString()).toBe('hello');
    expect(seen['user-agent']).toBe('TestAgent/1');
    expect(seen['accept-encoding']).toBe('gzip, deflate, br');
    expect(seen.accept).toBe('application/rss+xml');
    expect(seen['if-none-match']).toBe('"v0"');
  });

  it('treats 4xx and 5xx as responses, not errors', async () => {
    const server = await serve((_req, res) => {
      res.statusCode = 503;
      res.setHeader('Retry-After', '120');
      res.end('busy');
    });
    const response = await client().request(server.origin);
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('120');
  });

  it('sends a request body', async () => {
    let received = '';
    const server = await serve((req, res) => {
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (received += chunk));
      req.on('end', () => res.end('ok'));
    });
    await client().request(server.origin, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    expect(received).toBe('{"a":1}');
  });

  it.each([
    ['gzip', (data: Buffer) => zlib.gzipSync(data)],
    ['deflate', (data: Buffer) => zlib.deflateSync(data)],
    ['deflate', (data: Buffer) => zlib.deflateRawSync(data)],
    ['br', (data: Buffer) => zlib.brotliCompressSync(data)],
  ])('decompresses %s', async (encoding, compress) => {
    const text = '<rss>'.padEnd(5_000, 'x');
    const server = await serve((_req, res) => {
      res.setHeader('Content-Encoding', encoding);
      res.end(compress(Buffer.from(text)));
    });
    const response = await client().request(server.origin);
    expect(response.body.toString()).toBe(text);
  });

  it('reports a body that does not decompress', async () => {
    const server = await serve((_req, res) => {
      res.setHeader('Content-Encoding', 'gzip');
      res.end('this is not gzip');
    });
    await expect(client().request(server.origin)).rejects.toMatchObject({ code: 'decompression' });
  });
});

describe('byte cap', () => {
  it('refuses a declared Content-Length over the cap without reading it', async () => {
    const server = await serve((_req, res) => {
      res.setHeader('Content-Length', String(50 * 1024 * 1024));
      res.write('x'.repeat(1024));
    });
    const error = await client({ maxBytes: 1024 * 1024 }).request(server.origin).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too_large', details: { limit: 1024 * 1024 } });
    expect((error as Error).message).toMatch(/larger than the 1 MB limit/);
  });

  it('stops a chunked body as soon as it passes the cap', async () => {
    let written = 0;
    const server = await serve((_req, res) => {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = (): void => {
        while (written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    await expect(client({ maxBytes: 256 * 1024 }).request(server.origin)).rejects.toMatchObject({ code: 'too_large' });
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it('caps the decompressed size too (a gzip bomb)', async () => {
    const bomb = await promisify(zlib.gzip)(Buffer.alloc(30 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const server = await serve((_req, res) => {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(bomb);
    });
    await expect(client({ maxBytes: 1024 * 1024 }).request(server.origin)).rejects.toMatchObject({ code: 'too_large' });
  });
});

describe('timeouts and cancellation', () => {
  it('cuts a server that trickles one byte per second at timeoutMs', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const timer = setInterval(() => res.write('x'), 1_000);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const error = await client({ timeoutMs: 1_200 }).request(server.origin).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout' });
    expect((error as Error).message).toMatch(/within 1\.2 s/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('fails with connect_timeout when the name never resolves', async () => {
    const stalled = createEgressClient({ allowPrivate: true, connectTimeoutMs: 200, resolve: () => new Promise(() => {}) });
    await expect(stalled.request('http://stalled.test/feed')).rejects.toMatchObject({ code: 'connect_timeout' });
  });

  it('reports DNS failures as dns', async () => {
    const failing = createEgressClient({
      allowPrivate: true,
      resolve: () => Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' })),
    });
    const error = await failing.request('http://no-such-host.test/').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'dns' });
    expect((error as Error).message).toMatch(/Could not find the server no-such-host\.test/);
  });

  it('reports a refused connection as connect, without echoing credentials', async () => {
    const server = await serve((_req, res) => res.end());
    await server.close();
    const error = await client().request(`http://alice:s3cret@127.0.0.1:${server.port}/feed`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'connect' });
    expect(JSON.stringify({ message: (error as Error).message, details: (error as { details: unknown }).details })).not.toMatch(
      /s3cret|alice/,
    );
  });

  it('aborts on the caller signal, before or during the request', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200);
      res.write('partial');
    });
    await expect(client().request(server.origin, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'aborted' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(client().request(server.origin, { signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });

  it('rejects URLs that are not http(s)', async () => {
    await expect(client().request('file:///etc/passwd')).rejects.toMatchObject({ code: 'bad_url' });
    await expect(client().request('not a url')).rejects.toMatchObject({ code: 'bad_url' });
  });
});

describe('per-host concurrency', () => {
  it('keeps at most perHostConcurrency requests in flight per host and queues the rest', async () => {
    let active = 0;
    let peak = 0;
    const server = await serve((_req, res) => {
      active += 1;
      peak = Math.max(peak, active);
      setTimeout(() => {
        active -= 1;
        res.end('ok');
      }, 50);
    });
    const limited = client({ perHostConcurrency: 2 });
    const responses = await Promise.all(Array.from({ length: 7 }, () => limited.request(server.origin)));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(peak).toBe(2);
  });
});
