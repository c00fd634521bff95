import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLocally, startApi, type ApiHarness, type LocalSite } from './api-harness.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Border Wire</title><link>http://127.0.0.1/</link><description>d</description>
<item><guid>1</guid><title>Troops deployed</title></item><item><guid>2</guid><title>Talks resume</title></item></channel></rss>`;

let api: ApiHarness;
let site: LocalSite;
let origin: string;

beforeAll(async () => {
  site = await serveLocally((req, res) => {
    if (req.url === '/feed.xml') res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS);
    else if (req.url === '/page.html')
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>hi</body></html>');
    else if (req.url === '/other.xml') res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS.replace('Border Wire', 'Other'));
    else res.writeHead(404).end('nope');
  });
  origin = site.origin;
  api = await startApi({ ALLOW_PRIVATE_URLS: 'true' });
});

afterAll(async () => {
  await api?.close();
  await site?.close();
});

describe('/api/feeds', () => {
  it('refuses mutations without the admin token', async () => {
    const response = await api.call('/api/feeds', { method: 'POST', body: JSON.stringify({ url: `${origin}/feed.xml` }) });
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toMatch(/Authorization: Bearer/);
  });

  it('lists every bad field of an invalid feed', async () => {
    const response = await api.call('/api/feeds', { method: 'POST', admin: true, body: JSON.stringify({ url: 'ftp://x', weight: 3, extra: 1 }) });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('validation_failed');
    const fields = error.details.fields.map((field: { field: string }) => field.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['url', 'weight']));
  });

  it('refuses an interval below the minimum, saying the minimum', async () => {
    const response = await api.call('/api/feeds', { method: 'POST', admin: true, body: JSON.stringify({ url: `${origin}/feed.xml`, intervalSeconds: 5 }) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/at least 60 seconds/);
  });

  it('answers malformed JSON with a 400 that says so', async () => {
    const response = await api.call('/api/feeds', { method: 'POST', admin: true, body: '{"url":' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('bad_json');
  });

  it('adds a feed by validating it, finding it from a web page, and shows a preview', async () => {
    const response = await api.call('/api/feeds', { method: 'POST', admin: true, body: JSON.stringify({ url: `${origin}/page.html` }) });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.feed).toMatchObject({ url: `${origin}/feed.xml`, title: 'Border Wire', enabled: true, intervalSeconds: 300 });
    expect(body.preview).toEqual({ title: 'Border Wire', items: 2 });
    const listed = await (await api.call('/api/feeds')).json();
    expect(listed.feeds.map((feed: { id: string }) => feed.id)).toContain(body.feed.id);
    expect(await api.dashboard.deps.queues.feedPoll.getJobScheduler(`feed-${body.feed.id}`)).toBeDefined();
  });

  it('refuses the same feed twice with 409', async () => {
    const response = await api.call('/api/feeds', { method: 'POST', admin: true, body: JSON.stringify({ url: `${origin}/feed.xml/` }) });
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toMatch(/already configured/);
  });

  it('explains in plain words why a URL is not a usable feed', async () => {
    const response = await api.call('/api/feeds', { method: 'POST', admin: true, body: JSON.stringify({ url: `${origin}/missing.xml` }) });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe('feed_unusable');
    expect(error.message).toMatch(/404/);
  });

  it('edits, pauses (removing the schedule) and deletes a feed', async () => {
    const created = await (await api.call('/api/feeds', { method: 'POST', admin: true, body: JSON.stringify({ url: `${origin}/other.xml`, title: 'Mine' }) })).json();
    const id = created.feed.id as string;
    const edited = await api.call(`/api/feeds/${id}`, { method: 'PATCH', admin: true, body: JSON.stringify({ intervalSeconds: 120, weight: 0.5, enabled: false }) });
    expect(edited.status).toBe(200);
    expect((await edited.json()).feed).toMatchObject({ intervalSeconds: 120, weight: 0.5, enabled: false, title: 'Mine' });
    expect(await api.dashboard.deps.queues.feedPoll.getJobScheduler(`feed-${id}`)).toBeUndefined();
    expect((await api.call(`/api/feeds/${id}/poll`, { method: 'POST', admin: true })).status).toBe(202);
    expect((await api.call(`/api/feeds/${id}`, { method: 'DELETE', admin: true })).status).toBe(200);
    expect((await api.call(`/api/feeds/${id}`)).status).toBe(404);
  });

  it('answers an unknown feed and an unknown route with 404 and a hint', async () => {
    const feed = await api.call('/api/feeds/nope');
    expect(feed.status).toBe(404);
    expect((await feed.json()).error.message).toMatch(/No feed with id "nope"/);
    expect((await api.call('/api/nothing-here')).status).toBe(404);
  });
});

describe('OPML', () => {
  it('imports new feeds, reports skipped ones, and exports what it has', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="News"><outline type="rss" text="Other again" xmlUrl="${origin}/other.xml"/>
      <outline type="rss" text="Border" xmlUrl="${origin}/feed.xml"/></outline></body></opml>`;
    const response = await api.call('/api/feeds/opml', { method: 'POST', admin: true, body: opml, headers: { 'Content-Type': 'text/x-opml' } });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.added.map((entry: { url: string }) => entry.url)).toEqual([`${origin}/other.xml`]);
    expect(report.skipped).toEqual([{ url: `${origin}/feed.xml`, reason: 'already configured' }]);
    const exported = await (await api.call('/api/feeds/opml')).text();
    expect(exported).toContain(`xmlUrl="${origin}/other.xml"`);
    expect(exported).toContain(`xmlUrl="${origin}/feed.xml"`);
  });
});

describe('private addresses', () => {
  it('refuses a loopback feed URL unless ALLOW_PRIVATE_URLS is set', async () => {
    const strict = await startApi();
    try {
      for (const host of ['127.1', '[::1]', '2130706433', 'localhost']) {
        const port = new URL(origin).port;
        const response = await strict.call('/api/feeds', { method: 'POST', admin: true, body: JSON.stringify({ url: `http://${host}:${port}/feed.xml` }) });
        expect(response.status, host).toBe(422);
        expect((await response.json()).error.message, host).toMatch(/ALLOW_PRIVATE_URLS/);
      }
      expect((await (await strict.call('/api/feeds')).json()).feeds).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});
