import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEgressClient } from './egress-client.js';
import type { EgressError } from './egress-error.js';

// Only loopback addresses appear in URLs here: the rule must refuse them, and
// the servers the allowed cases reach are our own, on 127.0.0.1.
let target: http.Server;
let bouncer: http.Server;
let port = 0;
let bouncerOrigin = '';

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  target = http.createServer((_req, res) => res.end('reached'));
  port = await listen(target);
  bouncer = http.createServer((req, res) => {
    if (req.url === '/ok') return void res.end('simulator');
    res.writeHead(302, { Location: req.url === '/to-self' ? '/ok' : `http://127.0.0.1:${port}/secret` });
    res.end();
  });
  bouncerOrigin = `http://127.0.0.1:${await listen(bouncer)}`;
});

afterAll(async () => {
  for (const server of [target, bouncer]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const strict = () => createEgressClient({ allowPrivate: false, connectTimeoutMs: 2_000, timeoutMs: 5_000 });

async function refusal(promise: Promise<unknown>): Promise<EgressError> {
  return promise.then(
    () => {
      throw new Error('expected the request to be refused');
    },
    (error: unknown) => error as EgressError,
  );
}

describe('private-address rule', () => {
  it.each([
    ['dotted quad', () => `http://127.0.0.1:${port}/`],
    ['short form', () => `http://127.1:${port}/`],
    ['decimal', () => `http://2130706433:${port}/`],
    ['hex', () => `http://0x7f.1:${port}/`],
    ['IPv6 loopback', () => `http://[::1]:${port}/`],
    ['IPv4-mapped IPv6', () => `http://[::ffff:127.0.0.1]:${port}/`],
    ['unspecified', () => `http://0.0.0.0:${port}/`],
    ['localhost', () => `http://localhost:${port}/`],
  ])('refuses the loopback spelling: %s', async (_name, url) => {
    const error = await refusal(strict().request(url()));
    expect(error.code).toBe('private_address');
    expect(error.message).toMatch(/^Refused to fetch http:\/\/.+: it resolves to (a loopback|an unspecified) address/);
    expect(error.message).toMatch(/Set ALLOW_PRIVATE_URLS=true/);
  });

  it('says what happened and how to fix it, in plain words', async () => {
    const error = await refusal(strict().request(`http://127.1:${port}/feed?token=s3cret`));
    expect(error.message).toBe(
      `Refused to fetch http://127.0.0.1:${port}/feed?token=***: it resolves to a loopback address (127.0.0.1). Set ALLOW_PRIVATE_URLS=true to allow private addresses.`,
    );
  });

  it('checks the resolved address, so a public-looking name pointing at loopback is refused', async () => {
    const rebinding = createEgressClient({
      allowPrivate: false,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    const error = await refusal(rebinding.request(`http://feeds.example.com:${port}/rss`));
    expect(error.code).toBe('private_address');
    expect(error.details.address).toBe('127.0.0.1');
  });

  it('refuses a name when any of its addresses is private', async () => {
    const mixed = createEgressClient({
      allowPrivate: false,
      resolve: async () => [
        { address: '93.184.215.14', family: 4 },
        { address: '::1', family: 6 },
      ],
    });
    expect((await refusal(mixed.request(`http://mixed.example.com:${port}/`))).code).toBe('private_address');
  });

  it('reaches loopback when allowPrivate is true', async () => {
    const open = createEgressClient({ allowPrivate: true });
    expect((await open.request(`http://127.1:${port}/`)).body.toString()).toBe('reached');
    const named = createEgressClient({ allowPrivate: true, resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    expect((await named.request(`http://feeds.example.com:${port}/`)).body.toString()).toBe('reached');
  });

  it('reaches an allowed private origin but re-checks every redirect hop', async () => {
    const demo = createEgressClient({ allowPrivate: false, allowedPrivateOrigins: [bouncerOrigin] });
    expect((await demo.request(`${bouncerOrigin}/to-self`)).body.toString()).toBe('simulator');
    const error = await refusal(demo.request(`${bouncerOrigin}/elsewhere`));
    expect(error.code).toBe('private_address');
    expect(error.details.url).toBe(`http://127.0.0.1:${port}/secret`);
  });
});
