import { createEgressClient } from '@tension/egress';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedFetchError } from '../feed-fetch-error.js';
import { startFixtureServer } from '../testing/fixture-server.js';
import type { FixtureServer, HostileCase } from '../testing/fixture-server.js';
import { loadHostileManifest } from '../testing/hostile-manifest.js';
import type { FetchFeedResult } from './fetch-feed.js';
import { fetchFeed } from './fetch-feed.js';

const TIMEOUT_MS = 3_000;
/** Every case must settle within this, whatever the server does. */
const BOUND_MS = 6_000;

const client = createEgressClient({
  allowPrivate: true,
  timeoutMs: TIMEOUT_MS,
  connectTimeoutMs: 2_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'TensionMonitor-test',
});

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server.close();
});

async function outcomeOf(entry: HostileCase): Promise<{ result?: FetchFeedResult; error?: FeedFetchError; code: string }> {
  try {
    const result = await fetchFeed(client, server.caseUrl(entry.name), entry.validators ?? {});
    return { result, code: result.kind };
  } catch (error) {
    if (!(error instanceof FeedFetchError)) throw error;
    return { error, code: error.code };
  }
}

function checkOk(entry: HostileCase, result: FetchFeedResult): void {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${result.kind}`);
  const { expect: wanted } = entry;
  const { feed } = result;
  const text = JSON.stringify(feed);
  if (wanted.items !== undefined) expect(feed.items).toHaveLength(wanted.items);
  if (wanted.format !== undefined) expect(feed.format).toBe(wanted.format);
  if (wanted.titles) expect(feed.items.map((item) => item.title)).toEqual(wanted.titles);
  for (const needle of wanted.present ?? []) expect(text).toContain(needle);
  for (const needle of wanted.absent ?? []) expect(text).not.toContain(needle);
  if (wanted.permanentRedirect) expect(result.permanentRedirect).toMatch(/\/hop\/1$/);
  for (const item of feed.items) {
    expect(item.title.length).toBeLessThanOrEqual(2_000);
    expect(item.summary?.length ?? 0).toBeLessThanOrEqual(20_000);
    if (item.link) expect(item.link).toMatch(/^https?:\/\//);
  }
}

describe('fetchFeed against the hostile corpus', () => {
  it.each(loadHostileManifest().map((entry) => [entry.name, entry] as const))(
    '%s ends as expected in bounded time',
    async (_name, entry) => {
      const started = Date.now();
      const { result, error, code } = await outcomeOf(entry);
      expect(Date.now() - started).toBeLessThan(BOUND_MS);
      expect({ code, message: error?.message }).toMatchObject({ code: entry.expect.outcome });
      if (error) {
        // Plain words for a person: a sentence, no stack, no raw internals.
        expect(error.message).toMatch(/^[A-Z"h].{20,}[.)]$/s);
        expect(error.url).toBe(server.caseUrl(entry.name));
      }
      if (entry.expect.retryAfterMs !== undefined) expect(error?.retryAfterMs).toBe(entry.expect.retryAfterMs);
      if (result?.kind === 'ok') checkOk(entry, result);
    },
    BOUND_MS + 2_000,
  );
});

describe('fetchFeed requests', () => {
  it('sends the validators, a feed Accept header and our User-Agent, and returns the new validators', async () => {
    const first = await fetchFeed(client, server.caseUrl('conditional-first-poll'));
    if (first.kind !== 'ok') throw new Error('expected ok');
    expect(first.validators).toEqual({ etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' });
    expect(first.bytes).toBeGreaterThan(500);
    const second = await fetchFeed(client, server.caseUrl('conditional-first-poll'), first.validators);
    expect(second).toEqual({ kind: 'not-modified', status: 304, finalUrl: server.caseUrl('conditional-first-poll') });
    const request = server.requests.at(-1);
    expect(request?.headers['if-none-match']).toBe('"v1"');
    expect(request?.headers['if-modified-since']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
    expect(request?.headers.accept).toMatch(/^application\/rss\+xml, application\/atom\+xml/);
    expect(request?.headers['user-agent']).toBe('TensionMonitor-test');
  });

  it('names the status in words', async () => {
    const error = await fetchFeed(client, server.caseUrl('status-404')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).message).toBe('The server says this feed does not exist (404 Not Found). Check the URL.');
    expect((error as FeedFetchError).status).toBe(404);
  });

  it('explains an HTML page', async () => {
    const error = await fetchFeed(client, server.caseUrl('html-page')).catch((e: unknown) => e);
    expect((error as FeedFetchError).message).toBe(
      "The URL returned an HTML page, not a feed. Use the feed's own URL, or add the page and let autodiscovery find it.",
    );
  });

  it('passes the private-address refusal through with its code', async () => {
    const strict = createEgressClient({ allowPrivate: false });
    const error = await fetchFeed(strict, server.caseUrl('valid-plain')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'private_address' });
    expect((error as FeedFetchError).message).toMatch(/ALLOW_PRIVATE_URLS=true/);
  });

  it('resolves relative links against the final URL when the feed gives no base', async () => {
    const result = await fetchFeed(client, server.caseUrl('atom-hostile'));
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.feed.link).toBe('http://atom.example/');
    expect(result.feed.items[0]?.link).toBe('http://atom.example/news/items/1');
  });
});
