import type { ScoredItem } from '@tension/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLocally, startApi, type ApiHarness, type LocalSite } from './api-harness.js';

/** Topics as the API exposes them: on feeds, as a list, and as filters of the level and the items. */
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Caribbean Desk</title><link>http://127.0.0.1/</link><description>d</description>
<item><guid>1</guid><title>Navy patrols the strait</title></item></channel></rss>`;

let api: ApiHarness;
let site: LocalSite;
let origin: string;

beforeAll(async () => {
  site = await serveLocally((_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS));
  origin = site.origin;
  api = await startApi({ ALLOW_PRIVATE_URLS: 'true' });
});

afterAll(async () => {
  await api?.close();
  await site?.close();
});

interface FeedBody {
  feed: { id: string; topics: string[] };
}

async function addFeed(path: string, topics?: string[]): Promise<FeedBody['feed']> {
  const response = await api.call('/api/feeds', { method: 'POST', admin: true, body: JSON.stringify({ url: `${origin}${path}`, ...(topics ? { topics } : {}) }) });
  expect(response.status).toBe(201);
  return ((await response.json()) as FeedBody).feed;
}

interface TopicBody {
  id: string;
  default: boolean;
  feeds: number;
  actors: string[];
  match: string;
}

const topicList = async () => ((await (await api.call('/api/topics')).json()) as { topics: TopicBody[] }).topics;

function item(id: string, topics: string[]): ScoredItem {
  const at = new Date(Date.now() - 60_000).toISOString();
  return { id, feedId: 'any', title: `Headline ${id}`, seenAt: at, placedAt: at, topics, storyId: `story-${id}`, score: { label: 'escalation', escalation: 6, deescalation: 0, net: 6, signals: [], actors: [], lexiconVersion: 't' } };
}

describe('topics', () => {
  it('stores a feed\'s topics lower-cased and once each, and lists every topic with its feeds, the default first', async () => {
    const feed = await addFeed('/a.xml', [' US-Venezuela', 'caribbean', 'us-venezuela']);
    expect(feed.topics).toEqual(['us-venezuela', 'caribbean']);
    await addFeed('/b.xml');
    expect(await topicList()).toEqual([
      { id: 'default', default: true, feeds: 1, actors: [], match: 'any' },
      { id: 'caribbean', default: false, feeds: 1, actors: [], match: 'any' },
      { id: 'us-venezuela', default: false, feeds: 1, actors: [], match: 'any' },
    ]);
  });

  it('refuses a topic that is not a lower-case slug, naming the field, and keeps the feed as it was', async () => {
    const feed = await addFeed('/c.xml', ['sahel']);
    const refused = await api.call(`/api/feeds/${feed.id}`, { method: 'PATCH', admin: true, body: JSON.stringify({ topics: ['the sahel'] }) });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { details: { fields: Array<{ field: string; problem: string }> } } };
    expect(body.error.details.fields[0]?.field).toMatch(/^topics/);
    expect(body.error.details.fields[0]?.problem).toMatch(/lower-case/);
    expect(((await (await api.call(`/api/feeds/${feed.id}`)).json()) as FeedBody).feed.topics).toEqual(['sahel']);
  });

  it('drops a topic from the list once no feed names it', async () => {
    const feed = await addFeed('/d.xml', ['horn-of-africa']);
    expect((await topicList()).map((topic) => topic.id)).toContain('horn-of-africa');
    const edited = await api.call(`/api/feeds/${feed.id}`, { method: 'PATCH', admin: true, body: JSON.stringify({ topics: [] }) });
    expect(((await edited.json()) as FeedBody).feed.topics).toEqual([]);
    expect((await topicList()).map((topic) => topic.id)).not.toContain('horn-of-africa');
  });

  it('sets the actors a topic keeps from codes or names, and clears them with an empty list', async () => {
    const put = (topic: string, body: unknown, admin = true) => api.call(`/api/topics/${topic}`, { method: 'PUT', admin, body: JSON.stringify(body) });
    expect((await put('us-venezuela', { actors: ['USA'] }, false)).status).toBe(401);
    const saved = await put('US-Venezuela', { actors: ['united states', 'Caracas', 'VEN'], match: 'all' });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { topic: TopicBody }).topic).toEqual({ id: 'us-venezuela', default: false, feeds: 1, actors: ['USA', 'VEN'], match: 'all' });
    expect((await topicList()).find((topic) => topic.id === 'us-venezuela')?.actors).toEqual(['USA', 'VEN']);
    expect((await api.dashboard.deps.topics.getMany(['us-venezuela'])).get('us-venezuela')?.match).toBe('all');

    const published = await api.dashboard.deps.events.after('0-0', 10_000);
    expect(published.map((stored) => stored.event).filter((event) => event.type === 'topic').at(-1)).toEqual({ type: 'topic', data: { topic: 'us-venezuela', actors: ['USA', 'VEN'], match: 'all' } });
    const cleared = await put('us-venezuela', { actors: [] });
    expect(((await cleared.json()) as { topic: TopicBody }).topic.actors).toEqual([]);
    expect((await api.dashboard.deps.topics.list()).map((topic) => topic.id)).not.toContain('us-venezuela');
  });

  it('refuses actors the gazetteer does not know, naming each, and keeps the settings as they were', async () => {
    const put = (topic: string, body: unknown) => api.call(`/api/topics/${topic}`, { method: 'PUT', admin: true, body: JSON.stringify(body) });
    expect((await put('caribbean', { actors: ['CUB'] })).status).toBe(200);
    const refused = await put('caribbean', { actors: ['Cuba', 'Atlantis', 'VENZ'], match: 'any' });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { message: string; details: { fields: Array<{ field: string; problem: string }> } } };
    expect(body.error.details.fields.map((field) => field.field)).toEqual(['actors.1', 'actors.2']);
    expect(body.error.details.fields[0]?.problem).toMatch(/"Atlantis" is not in the gazetteer; use a code such as VEN/);
    expect((await topicList()).find((topic) => topic.id === 'caribbean')?.actors).toEqual(['CUB']);
    expect((await put('caribbean', { actors: ['CUB'], match: 'both' })).status).toBe(400);
    expect((await put('caribbean', { actors: 'CUB' })).status).toBe(400);
    const unknown = await put('atlantis', { actors: ['CUB'] });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/GET \/api\/topics/);
  });

  it('serves the level of a known topic and answers an unknown one with 404 pointing at the list', async () => {
    expect((await api.call('/api/series?topic=us-venezuela')).status).toBe(200);
    const unknown = await api.call('/api/series?topic=atlantis');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/GET \/api\/topics/);
  });

  it('lists the items of one topic, and refuses a feed and a topic together', async () => {
    const { items } = api.dashboard.deps;
    await items.record(item('ve1', ['us-venezuela']), { escalation: 6, deescalation: 0 }, Date.now());
    await items.record(item('ca1', ['caribbean', 'us-venezuela']), { escalation: 6, deescalation: 0 }, Date.now());
    await items.record(item('de1', ['default']), { escalation: 6, deescalation: 0 }, Date.now());
    const ids = async (topic: string) => ((await (await api.call(`/api/items?topic=${topic}`)).json()) as { items: Array<{ id: string }> }).items.map((entry) => entry.id).sort();
    expect(await ids('us-venezuela')).toEqual(['ca1', 've1']);
    expect(await ids('caribbean')).toEqual(['ca1']);
    const both = await api.call('/api/items?topic=caribbean&feed=any');
    expect(both.status).toBe(400);
    expect(((await both.json()) as { error: { message: string } }).error.message).toMatch(/by feed or by topic, not both/);
  });

  it('keeps a feed\'s topics through an OPML export and import, and takes no topic from a reader\'s folders', async () => {
    const feed = await addFeed('/opml.xml', ['gulf', 'us-iran']);
    const exported = await (await api.call('/api/feeds/opml')).text();
    expect(exported).toContain(`xmlUrl="${origin}/opml.xml" category="/gulf,/us-iran"`);
    expect((await api.call(`/api/feeds/${feed.id}`, { method: 'DELETE', admin: true })).status).toBe(200);

    const entry = exported.split('\n').find((line) => line.includes('/opml.xml')) ?? '';
    const reader = `<outline text="World News"><outline type="rss" text="Reader feed" xmlUrl="${origin}/reader.xml" category="/World/Americas"/></outline>`;
    const opml = `<?xml version="1.0"?><opml version="2.0"><body>${entry}${reader}</body></opml>`;
    const imported = await api.call('/api/feeds/opml', { method: 'POST', admin: true, body: opml, headers: { 'Content-Type': 'text/x-opml' } });
    const report = (await imported.json()) as { added: Array<{ id: string; url: string }> };
    const topicsOf = async (path: string) => {
      const id = report.added.find((added) => added.url === `${origin}${path}`)?.id ?? '';
      return ((await (await api.call(`/api/feeds/${id}`)).json()) as FeedBody).feed.topics;
    };
    expect(await topicsOf('/opml.xml')).toEqual(['gulf', 'us-iran']);
    expect(await topicsOf('/reader.xml')).toEqual([]);
  });
});
