import { createEgressClient } from '@tension/egress';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../testing/fixture-server.js';
import type { FixtureServer } from '../testing/fixture-server.js';
import { findFeed } from './find-feed.js';

const client = createEgressClient({ allowPrivate: true, timeoutMs: 3_000 });
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server.close();
});

describe('findFeed', () => {
  it('returns a feed URL as it is', async () => {
    const found = await findFeed(client, server.caseUrl('valid-plain'));
    expect(found.feedUrl).toBe(server.caseUrl('valid-plain'));
    expect(found.feed.items).toHaveLength(2);
  });

  it('follows the feed an HTML page announces, one hop, asking for HTML too', async () => {
    const found = await findFeed(client, server.caseUrl('html-page'));
    expect(found.feedUrl).toBe(`${server.origin}/case/valid-plain`);
    expect(found.feed.title).toBe('Fixture Wire');
    expect(server.requests.at(-2)?.headers.accept).toContain('text/html');
  });

  it('reports where a feed that moved permanently now lives', async () => {
    const found = await findFeed(client, server.caseUrl('redirect-permanent'));
    expect(found.feedUrl).toBe(`${server.caseUrl('redirect-permanent')}/hop/1`);
  });

  it('explains a page that announces no feed', async () => {
    const url = server.fileUrl('html-no-feed.html');
    const error = await findFeed(client, url).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not_a_feed' });
    expect((error as Error).message).toBe(
      `${url} is not a feed, and it does not link to one (no <link rel="alternate"> for RSS, Atom or JSON Feed). Find the feed's address on the site and add that.`,
    );
  });

  it('passes HTTP and parse failures through', async () => {
    await expect(findFeed(client, server.caseUrl('status-404'))).rejects.toMatchObject({ code: 'http_status', status: 404 });
    await expect(findFeed(client, server.caseUrl('billion-laughs'))).rejects.toMatchObject({ code: 'unsafe_xml' });
  });
});
