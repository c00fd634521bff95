import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEgressClient } from './egress-client.js';

let server: http.Server | undefined;
let origin = '';

/** Serves /hop/N as a redirect to /hop/N-1 with the status from ?status=, and /final as 200. */
async function serveRedirects(): Promise<void> {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const match = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (match) {
      const left = Number(match[1]);
      const statuses = (url.searchParams.get('status') ?? '302').split(',');
      const status = Number(statuses[0]);
      const rest = statuses.slice(1).join(',') || String(status);
      const next = left <= 1 ? '/final' : `/hop/${left - 1}?status=${rest}`;
      res.writeHead(status, { Location: next });
      return void res.end();
    }
    if (url.pathname === '/to') {
      res.writeHead(302, { Location: url.searchParams.get('location') ?? '' });
      return void res.end();
    }
    if (url.pathname === '/echo') {
      return void res.end(JSON.stringify({ method: req.method, authorization: req.headers.authorization ?? null }));
    }
    res.end('final');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const client = createEgressClient({ allowPrivate: true, maxRedirects: 5, timeoutMs: 5_000 });

describe('redirects', () => {
  it('follows a chain of 3 and reports every hop', async () => {
    await serveRedirects();
    const response = await client.request(`${origin}/hop/3`);
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('final');
    expect(response.url).toBe(`${origin}/final`);
    expect(response.redirects).toHaveLength(3);
    expect(response.redirects[0]).toEqual({ from: `${origin}/hop/3`, to: `${origin}/hop/2?status=302`, status: 302 });
    expect(response.permanentRedirect).toBeUndefined();
  });

  it('fails a chain of 6 with too_many_redirects', async () => {
    await serveRedirects();
    const error = await client.request(`${origin}/hop/6`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too_many_redirects', details: { limit: 5 } });
    expect((error as Error).message).toMatch(/redirected more than 5 times/);
  });

  it('reports permanentRedirect when every hop from the start is permanent', async () => {
    await serveRedirects();
    const allPermanent = await client.request(`${origin}/hop/2?status=301,308`);
    expect(allPermanent.permanentRedirect).toBe(`${origin}/final`);
    const permanentThenTemporary = await client.request(`${origin}/hop/2?status=301,302`);
    expect(permanentThenTemporary.permanentRedirect).toBe(`${origin}/hop/1?status=302`);
    const temporaryFirst = await client.request(`${origin}/hop/2?status=302,301`);
    expect(temporaryFirst.permanentRedirect).toBeUndefined();
  });

  it('refuses redirects to schemes other than http(s)', async () => {
    await serveRedirects();
    for (const location of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.org/feed']) {
      const error = await client.request(`${origin}/to?location=${encodeURIComponent(location)}`).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'bad_redirect' });
    }
  });

  it('returns the redirect itself when followRedirects is false', async () => {
    await serveRedirects();
    const noFollow = createEgressClient({ allowPrivate: true, followRedirects: false });
    const response = await noFollow.request(`${origin}/hop/1?status=301`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/final');
    expect(response.redirects).toEqual([]);
  });

  it('turns a POST into a GET on 303 and keeps Authorization on the same origin only', async () => {
    await serveRedirects();
    const sameOrigin = await client.request(`${origin}/to?location=/echo`, { headers: { authorization: 'Bearer t' } });
    expect(JSON.parse(sameOrigin.body.toString())).toEqual({ method: 'GET', authorization: 'Bearer t' });
    const otherOrigin = `http://localhost:${new URL(origin).port}/echo`;
    const crossOrigin = await client.request(`${origin}/to?location=${encodeURIComponent(otherOrigin)}`, {
      headers: { authorization: 'Bearer t' },
    });
    expect(JSON.parse(crossOrigin.body.toString())).toEqual({ method: 'GET', authorization: null });
  });
});
