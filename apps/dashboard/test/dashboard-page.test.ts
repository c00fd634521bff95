import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createWorkerConnection, loadConfig, QueueCatalog, type Feed } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { levelAt, lookbackMs } from '@tension/level';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Locator, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishFeedChange } from '../src/feeds/feed-admin.js';
import { start, type DashboardHandle } from '../src/start.js';
import { launchBrowser, type TestBrowser } from '../src/testing/browser.js';
import { startFeedServer } from './support/feed-server.js';
import { canvasInk, canvasSnapshot, injectionTraces, isMarked, markDocument } from './support/page-probes.js';
import { PageWatch } from './support/page-watch.js';
import { sampleFeeds, sampleItems, scoredItem } from './support/sample-news.js';

const ADMIN_TOKEN = 'browser-test-admin-token-0123456789';
/** Above the 1 min the feed forms offer, so the server's refusal of an interval can be provoked from the page. */
const MIN_POLL_INTERVAL_SECONDS = 120;
/** Written only with UPDATE_SCREENSHOT=1, so ordinary runs leave tracked files alone. */
const SCREENSHOT_PATH = fileURLToPath(new URL('../screenshot.png', import.meta.url));
const BUILT_PAGE = fileURLToPath(new URL('../dist/public/app.js', import.meta.url));
const WAIT = { timeout: 10_000 };

/** Holds the matched requests at the browser until released, so a test can order answers that race in real use. */
function holdResponses(): { handler: (route: Route) => Promise<void>; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    handler: async (route) => {
      await released;
      await route.continue();
    },
    release,
  };
}

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

describe('the dashboard page in Chromium, against a real Redis-backed dashboard', () => {
  const seededAt = Date.now();
  const feeds = sampleFeeds(seededAt);
  let redis: TestRedis;
  let dashboard: DashboardHandle;
  let workerConnection: Redis;
  let idleWorker: Worker<unknown, void>;
  let browser: TestBrowser;
  let watch: PageWatch;
  let topic: string;

  const feedRow = (title: string) => browser.page.locator('#feed-list > li', { has: browser.page.locator('.feed__title', { hasText: exactly(title) }) });
  const focused = (locator: Locator) => locator.and(browser.page.locator(':focus'));

  beforeAll(async () => {
    if (!existsSync(BUILT_PAGE)) throw new Error(`${BUILT_PAGE} is missing: build the page first (npm run build -w @tension/dashboard).`);
    redis = await openTestRedis('dashboard-web');
    // Port 0 (any free port) is set after validation: PORT itself must name a real port.
    const config = { ...loadConfig({ KEY_PREFIX: redis.prefix, HOST: '127.0.0.1', ADMIN_TOKEN, ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'silent', MIN_POLL_INTERVAL_SECONDS: String(MIN_POLL_INTERVAL_SECONDS) }), port: 0 };
    topic = config.defaultTopic;
    dashboard = await start(config, { redisUrl: redis.url });
    const { deps } = dashboard;
    for (const { feed, health } of Object.values(feeds)) {
      await deps.feeds.put(feed);
      await deps.feeds.putHealth(feed.id, health);
    }
    for (const { item, masses } of sampleItems(feeds, seededAt, topic)) await deps.items.record(item, masses, seededAt);
    // A worker attached to the scoring queue, as in a running system, so the
    // header reports workers; this test never enqueues a scoring job.
    workerConnection = createWorkerConnection(redis.url);
    idleWorker = new Worker<unknown, void>(
      QueueCatalog.itemScore.name,
      async () => {
        throw new Error('the browser test enqueues no scoring jobs');
      },
      { connection: workerConnection, prefix: redis.keys.bullPrefix },
    );
    await idleWorker.waitUntilReady();
    browser = await launchBrowser();
    watch = await PageWatch.attach(browser.page);
    await browser.page.goto(dashboard.url);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await dashboard?.close();
    await idleWorker?.close();
    await workerConnection?.quit();
    await redis?.cleanup();
  }, 20_000);

  it('shows the level chart, the latest items with the words that fired, and each feed’s health', async () => {
    const { page } = browser;
    await page.locator('#chart-status').waitFor({ state: 'hidden', ...WAIT });
    expect(await page.locator('#level-chart').evaluate(canvasInk)).toBeGreaterThan(5_000);
    expect(await page.locator('#level-value').textContent()).toMatch(/^\d{1,3}\.\d$/);
    await page.locator('#live[data-state="live"]').waitFor(WAIT);
    await page.locator('#health[data-state="warning"]', { hasText: '1 worker · 4 feeds polled · 2 failing' }).waitFor(WAIT);

    // The first page holds the 30 newest items; copies of a story share one card.
    const newestFirst = sampleItems(feeds, seededAt, topic)
      .map(({ item }) => item)
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt));
    const storiesIn = (count: number) => new Set(newestFirst.slice(0, count).map((item) => item.storyId)).size;
    const cards = page.locator('#items > article');
    await cards.first().waitFor(WAIT);
    expect(await cards.count()).toBe(storiesIn(30));
    const newest = cards.first();
    expect(await newest.locator('.item__title').textContent()).toBe('Kostrava calls blockade “an act of war”, puts air defences on alert');
    expect(await newest.locator('.item__title mark.signal--up').allTextContents()).toEqual(['act of war', 'on alert']);
    expect(await newest.locator('.badge').textContent()).toBe('Escalation');
    expect(await newest.locator('.item__source').textContent()).toBe('Arvo Daily Herald');
    const link = newest.locator('.item__title a');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/herald\.arvo\.example\/news\//);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    const blockade = cards.filter({ hasText: 'Arvenian navy blockades Ostra island harbour' });
    expect(await blockade.count()).toBe(1);
    expect(await blockade.locator('.item__also').textContent()).toBe('Also reported by Kostrava Press Agency (English)');
    const talks = cards.filter({ hasText: 'Envoys meet in Geneva' });
    expect(await talks.locator('.badge').textContent()).toBe('De-escalation');
    expect(await talks.locator('mark.signal--down').allTextContents()).toEqual(['Envoys meet', 'summit']);

    expect(await feedRow('Arvo Daily Herald').locator('.pill').textContent()).toBe('OK');
    expect(await feedRow('Selva Strait Monitor').locator('.pill').textContent()).toBe('Failing ×3');
    expect(await feedRow('Selva Strait Monitor').locator('.feed__error').textContent()).toContain('503 Service Unavailable');
    expect(await feedRow('Border Watch Blog').getAttribute('data-state')).toBe('stale');
    expect(await feedRow('Border Watch Blog').locator('.pill').textContent()).toBe('No success for 3 d');
    expect(await feedRow('Regional Wire').locator('.pill').textContent()).toBe('Paused');

    if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: SCREENSHOT_PATH });

    await page.getByRole('button', { name: 'Load older items' }).click();
    await page.locator('#load-more').waitFor({ state: 'hidden', ...WAIT });
    expect(await cards.count()).toBe(storiesIn(newestFirst.length));
    expect(await cards.last().locator('.item__title').textContent()).toBe('Arvenia and Kostrava resume fishing-rights talks in Oslo');

    const wholeDay = await page.locator('#level-chart').evaluate(canvasSnapshot);
    await page.getByRole('button', { name: '1 h', exact: true }).click();
    await page.locator('#level-delta', { hasText: 'over 1 h' }).waitFor(WAIT);
    expect(await page.getByRole('button', { name: '1 h', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#level-chart').evaluate(canvasSnapshot)).not.toBe(wholeDay);
    await page.getByRole('button', { name: '24 h', exact: true }).click();
    await page.locator('#level-delta', { hasText: 'over 24 h' }).waitFor(WAIT);
  }, 20_000);

  it('shows a new item with its highlighted words and the level change live, without a reload', async () => {
    const { page } = browser;
    const { deps } = dashboard;
    await page.evaluate(markDocument);
    const chart = page.locator('#level-chart');
    const before = { level: await page.locator('#level-value').textContent(), chart: await chart.evaluate(canvasSnapshot) };

    // Acting as the worker's record and level steps do.
    const now = Date.now();
    const { item, masses } = scoredItem({
      feed: feeds.kpa.feed,
      title: 'Kostravan drones strike fuel depot in Vairo Bay; 9 dead',
      summary: 'Arvenian officials said the strike set fire to three storage tanks.',
      fired: [['+', 'drones strike', 'strike', 4], ['+', '9 dead', 'casualties', 3], ['+', 'set fire', 'damage', 1]],
      actors: ['Kostrava', 'Arvenia'],
      at: now,
      topic,
    });
    expect((await deps.items.record(item, masses, now)).counted).toBe(true);
    const reading = levelAt(await deps.series.buckets(topic, now - lookbackMs(deps.levelParams), now), now, deps.levelParams);
    await deps.events.append({
      type: 'level',
      data: { topic, t: new Date(now).toISOString(), level: reading.level, escalation: reading.escalation, deescalation: reading.deescalation, items: 1 },
    });

    const card = page.locator(`#items > article[data-item-id="${item.id}"]`);
    await card.waitFor(WAIT);
    expect(await page.locator('#items > article').first().getAttribute('data-item-id')).toBe(item.id);
    expect(await card.locator('.item__title mark.signal--up').allTextContents()).toEqual(['drones strike', '9 dead']);
    expect(await card.locator('.item__summary mark.signal--up').allTextContents()).toEqual(['set fire']);
    expect(await card.locator('.item__source').textContent()).toBe('Kostrava Press Agency (English)');

    const expected = reading.level.toFixed(1);
    expect(expected).not.toBe(before.level);
    await page.locator('#level-value', { hasText: exactly(expected) }).waitFor(WAIT);
    expect(await chart.evaluate(canvasSnapshot)).not.toBe(before.chart);
    expect(await page.evaluate(isMarked)).toBe(true);
  }, 15_000);

  it('renders hostile feed and item text literally and runs none of it', async () => {
    const { page } = browser;
    const { deps } = dashboard;
    const at = new Date().toISOString();
    const hostileTitle = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> Totally Normal News';
    const feed: Feed = { id: 'hostile', url: 'https://hostile.example/rss', title: hostileTitle, intervalSeconds: 300, weight: 1, enabled: true, topics: [], demo: false, createdAt: at, updatedAt: at };
    await deps.feeds.put(feed);
    await deps.events.append({ type: 'feed', data: { feedId: feed.id, feed, health: { consecutiveFailures: 0, itemsSeen: 0, lastNewItems: 0 }, change: 'created' } });
    const { item, masses } = scoredItem({
      feed,
      title: '<script>window.pwned=1</script><b>Strike</b> on <img src=x onerror=window.pwned=1>Port Maren',
      summary: '<a href="javascript:window.pwned=1">Read more</a> <style>body{display:none}</style>',
      fired: [['+', 'Strike', 'strike', 3]],
      actors: [],
      at: Date.now(),
      topic,
    });
    await deps.items.record(item, masses, Date.now());

    await feedRow(hostileTitle).waitFor(WAIT);
    const card = page.locator(`#items > article[data-item-id="${item.id}"]`);
    await card.waitFor(WAIT);
    expect(await card.locator('.item__title').textContent()).toBe(item.title);
    expect(await card.locator('.item__title mark').allTextContents()).toEqual(['Strike']);
    expect(await card.locator('.item__summary').textContent()).toBe(item.summary);
    expect(await card.locator('.item__source').textContent()).toBe(hostileTitle);
    expect(await page.evaluate(injectionTraces)).toEqual({ injectedImages: 0, scripts: 1, pwned: false, title: 'Tension Monitor' });
  }, 15_000);

  it('asks for the admin token, then pauses, resumes, adds and deletes feeds', async () => {
    const { page } = browser;
    const { deps } = dashboard;
    const herald = feedRow('Arvo Daily Herald');

    await herald.getByRole('button', { name: 'Pause Arvo Daily Herald' }).click();
    await page.locator('#feeds-notice[data-kind="error"]', { hasText: 'This needs the admin token' }).waitFor(WAIT);
    await page.locator('#token-input:focus').waitFor(WAIT);
    // The refused request is logged by the browser; it was provoked on purpose.
    await expect.poll(() => watch.consoleErrors().filter((error) => /status of 401/.test(error)).length).toBe(1);
    watch.take(/status of 401/);

    await page.locator('#token-input').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await herald.getByRole('button', { name: 'Pause Arvo Daily Herald' }).click();
    await herald.locator('.pill', { hasText: 'Paused' }).waitFor(WAIT);
    expect((await deps.feeds.get('sample-herald'))?.enabled).toBe(false);
    await herald.getByRole('button', { name: 'Resume Arvo Daily Herald' }).click();
    await herald.locator('.pill', { hasText: 'OK' }).waitFor(WAIT);
    expect((await deps.feeds.get('sample-herald'))?.enabled).toBe(true);

    const site = await startFeedServer('Local Test Wire', ['Talks resume in Geneva', 'Ceasefire holds', 'Markets reopen']);
    try {
      await page.getByRole('button', { name: 'Add a feed' }).click();
      await page.locator('#feed-url').fill(site.feedUrl);
      await page.locator('#feed-interval').selectOption('900');
      await page.getByRole('button', { name: 'Add feed', exact: true }).click();
      await page.locator('#feeds-notice[data-kind="success"]', { hasText: 'Added “Local Test Wire”' }).waitFor(WAIT);
      expect(await page.locator('#feeds-notice').textContent()).toContain('3 items');
      expect(await page.locator('#add-feed').isHidden()).toBe(true);
      const added = feedRow('Local Test Wire');
      await added.waitFor(WAIT);
      expect(await added.locator('.pill').textContent()).toBe('Waiting for the first poll…');
      const id = await added.getAttribute('data-feed-id');
      expect((await deps.feeds.get(id ?? ''))?.intervalSeconds).toBe(900);

      await added.getByRole('button', { name: 'Delete Local Test Wire' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete this feed?' });
      await dialog.waitFor(WAIT);
      await dialog.getByLabel('Also delete its stored items').check();
      await dialog.getByRole('button', { name: 'Delete feed' }).click();
      await added.waitFor({ state: 'detached', ...WAIT });
      await page.locator('#feeds-notice[data-kind="success"]', { hasText: 'Deleted “Local Test Wire” and 0 stored items.' }).waitFor(WAIT);
      expect(await deps.feeds.get(id ?? '')).toBeUndefined();
    } finally {
      await site.close();
    }
  }, 20_000);

  it('edits a feed’s title, interval and weight in its row, keeping the input across redraws and refusals', async () => {
    const { page } = browser;
    const { deps } = dashboard;
    await page.evaluate(markDocument);
    await page.locator('#token-input').fill(ADMIN_TOKEN);
    await page.locator('#token-form').getByRole('button', { name: 'Save' }).click();
    const { feed: kpa } = feeds.kpa;
    const row = feedRow(kpa.title);
    const edit = row.getByRole('button', { name: `Edit ${kpa.title}` });
    const form = page.getByRole('form', { name: `Edit ${kpa.title}` });
    const title = form.getByLabel('Title');
    const interval = form.getByLabel('Poll every');
    const weight = form.getByLabel('Credibility weight');

    // Keyboard only: open prefilled, type, keep the text through a redraw, discard it with Escape.
    await edit.focus();
    await page.keyboard.press('Enter');
    await focused(title).waitFor(WAIT);
    expect(await edit.getAttribute('aria-expanded')).toBe('true');
    expect(await title.inputValue()).toBe(kpa.title);
    // 600 s is not one of the offered intervals; it stays the selected choice.
    expect(await interval.inputValue()).toBe('600');
    expect(await interval.locator('option:checked').textContent()).toBe('10 min');
    expect(await weight.inputValue()).toBe('0.8');
    await title.fill('Draft that is never saved');
    const drawn = await row.elementHandle();
    await publishFeedChange(deps, kpa.id, 'updated');
    await expect.poll(() => drawn?.evaluate((element) => element.isConnected)).toBe(false);
    await drawn?.dispose();
    await focused(title).waitFor(WAIT);
    expect(await title.inputValue()).toBe('Draft that is never saved');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached', ...WAIT });
    await focused(edit).waitFor(WAIT);
    expect(await edit.getAttribute('aria-expanded')).toBe('false');

    // 1 min is offered, but below this dashboard's floor: the server refuses and the form keeps the input.
    await edit.click();
    await title.fill('KPA English Service');
    await interval.selectOption('60');
    await weight.focus();
    for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowLeft');
    expect(await weight.inputValue()).toBe('0.5');
    expect(await form.locator('output').textContent()).toBe('0.50');
    await form.getByRole('button', { name: 'Save' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor(WAIT);
    const words = await refusal.textContent();
    expect(words).toMatch(/^Could not save the changes\. /);
    expect(words).toContain(`must be at least ${MIN_POLL_INTERVAL_SECONDS} seconds`);
    await focused(interval).waitFor(WAIT);
    expect(await interval.getAttribute('aria-invalid')).toBe('true');
    expect(await title.inputValue()).toBe('KPA English Service');
    expect(await weight.inputValue()).toBe('0.5');
    expect(await row.locator('.feed__settings').textContent()).toBe('Every 10 min · weight 0.80 · default topic');
    expect(await deps.feeds.get(kpa.id)).toMatchObject({ title: kpa.title, intervalSeconds: 600, weight: 0.8 });
    // The refused request is logged by the browser; it was provoked on purpose.
    await expect.poll(() => watch.consoleErrors().filter((error) => /status of 400/.test(error)).length).toBe(1);
    watch.take(/status of 400/);

    await interval.selectOption('1800');
    await form.getByLabel('Topics').fill('US-Venezuela, caribbean');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached', ...WAIT });
    await page.locator('#feeds-notice[data-kind="success"]', { hasText: 'Saved “KPA English Service”: polled every 30 min, weight 0.50.' }).waitFor(WAIT);
    const renamed = feedRow('KPA English Service');
    expect(await renamed.getAttribute('data-feed-id')).toBe(kpa.id);
    expect(await renamed.locator('.feed__settings').textContent()).toBe('Every 30 min · weight 0.50 · topics us-venezuela, caribbean');
    await focused(renamed.getByRole('button', { name: 'Edit KPA English Service' })).waitFor(WAIT);
    const listed = (await (await fetch(new URL('/api/feeds', dashboard.url))).json()) as { feeds: Feed[] };
    expect(listed.feeds.find((feed) => feed.id === kpa.id)).toMatchObject({ title: 'KPA English Service', intervalSeconds: 1800, weight: 0.5, topics: ['us-venezuela', 'caribbean'] });
    expect(await page.evaluate(isMarked)).toBe(true);
  }, 20_000);

  it('switches the chart and the items to another topic, live, and keeps the choice in the URL', async () => {
    const { page } = browser;
    const { deps } = dashboard;
    const picker = page.getByLabel('Topic', { exact: true });
    // The edit above gave a feed two topics: the picker learned them from the live feed event.
    await expect.poll(() => picker.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual([topic, 'caribbean', 'us-venezuela']);
    expect(await picker.locator('option[value="us-venezuela"]').textContent()).toBe('us-venezuela · 1 feed');
    expect(await picker.isEnabled()).toBe(true);

    const now = Date.now();
    const story = (title: string, topics: string[]) => {
      const sample = scoredItem({ feed: feeds.kpa.feed, title, summary: 'Officials gave no further details.', fired: [['+', 'Warships', 'posture', 2]], actors: [], at: now, topic: topics[0] ?? topic });
      return { item: { ...sample.item, topics }, masses: sample.masses };
    };
    const dyad = story('Warships shadow a tanker off the Venezuelan coast', ['us-venezuela']);
    await deps.items.record(dyad.item, dyad.masses, now);
    const seriesAsked = page.waitForRequest((request) => request.url().includes('/api/series?') && request.url().includes('topic=us-venezuela'));
    await picker.selectOption('us-venezuela');
    await seriesAsked;
    await expect.poll(() => page.locator('#items > article').count()).toBe(1);
    expect(await page.locator('#items > article').first().getAttribute('data-item-id')).toBe(dyad.item.id);
    expect(new URL(page.url()).searchParams.get('topic')).toBe('us-venezuela');

    // Live: an item of another topic stays out, one of this topic comes in on top.
    const elsewhere = story('Warships gather near the Ostra strait', [topic]);
    const here = story('Warships leave the Venezuelan coast for port', ['us-venezuela', 'caribbean']);
    await deps.items.record(elsewhere.item, elsewhere.masses, now);
    await deps.items.record(here.item, here.masses, now);
    await page.locator(`#items > article[data-item-id="${here.item.id}"]`).waitFor(WAIT);
    expect(await page.locator(`#items > article[data-item-id="${elsewhere.item.id}"]`).count()).toBe(0);

    // A reload opens the topic the URL names. The reader switches while the feed
    // list is still on its way; when it lands, the items stay on the reader's choice.
    const feedList = (url: URL) => url.pathname === '/api/feeds';
    const feedsHeld = holdResponses();
    await page.route(feedList, feedsHeld.handler);
    await page.reload();
    await expect.poll(() => picker.inputValue()).toBe('us-venezuela');
    await picker.selectOption(topic);
    await page.locator(`#items > article[data-item-id="${elsewhere.item.id}"]`).waitFor(WAIT);
    const itemsAfterFeeds = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/items');
    feedsHeld.release();
    expect(new URL((await itemsAfterFeeds).url()).searchParams.get('topic')).toBe(topic);
    await page.unroute(feedList, feedsHeld.handler);
    await page.locator('#items[aria-busy="false"]').waitFor(WAIT);
    expect(await page.locator(`#items > article[data-item-id="${dyad.item.id}"]`).count()).toBe(0);

    // A slow answer for a topic the reader has already left is dropped when it lands.
    const venezuelaItems = (url: URL) => url.pathname === '/api/items' && url.searchParams.get('topic') === 'us-venezuela';
    const itemsHeld = holdResponses();
    await page.route(venezuelaItems, itemsHeld.handler);
    const slowAsked = page.waitForRequest((request) => venezuelaItems(new URL(request.url())));
    await picker.selectOption('us-venezuela');
    await slowAsked;
    await picker.selectOption(topic);
    await page.locator('#items[aria-busy="false"]').waitFor(WAIT);
    const slowLanded = page.waitForEvent('requestfinished', (request) => venezuelaItems(new URL(request.url())));
    itemsHeld.release();
    await slowLanded;
    // The page reads the body after the request finishes: give it a few turns to (wrongly) draw it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    await page.unroute(venezuelaItems, itemsHeld.handler);
    expect(await page.locator(`#items > article[data-item-id="${elsewhere.item.id}"]`).count()).toBe(1);
    expect(await page.locator(`#items > article[data-item-id="${dyad.item.id}"]`).count()).toBe(0);
    expect(await picker.inputValue()).toBe(topic);
  }, 20_000);

  it('sets the actors a topic keeps in a dialog, keeping the input through a refusal', async () => {
    const { page } = browser;
    const { deps } = dashboard;
    const picker = page.getByLabel('Topic', { exact: true });
    await picker.selectOption('us-venezuela');
    // The items recorded a moment ago are in the level already, not only after the chart's next grid step.
    const chartLabel = () => page.locator('#level-chart').getAttribute('aria-label');
    await expect.poll(chartLabel).toMatch(/^Tension level of us-venezuela over/);
    expect(Number(/now (\d+\.\d)/.exec((await chartLabel()) ?? '')?.[1])).toBeGreaterThan(0);
    expect(await page.locator('#chart-status').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Actors…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Which items count towards us-venezuela?' });
    await dialog.waitFor(WAIT);
    const actors = dialog.getByLabel('Actors');
    expect(await actors.inputValue()).toBe('');
    await actors.fill('United States, Venezuelan, Atlantis');
    await dialog.getByLabel('An item must mention').selectOption('all');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').filter({ hasText: '"Atlantis" is not in the gazetteer' }).waitFor(WAIT);
    expect(await actors.inputValue()).toBe('United States, Venezuelan, Atlantis');
    expect(await actors.getAttribute('aria-invalid')).toBe('true');
    expect((await deps.topics.list()).map((topic) => topic.id)).not.toContain('us-venezuela');
    // The refused request is logged by the browser; it was provoked on purpose.
    await expect.poll(() => watch.consoleErrors().filter((error) => /status of 400/.test(error)).length).toBe(1);
    watch.take(/status of 400/);

    await actors.fill('United States, Venezuelan');
    await actors.press('Enter');
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    await expect.poll(() => picker.locator('option[value="us-venezuela"]').textContent()).toBe('us-venezuela · 1 feed · only USA and VEN');
    expect((await deps.topics.getMany(['us-venezuela'])).get('us-venezuela')).toMatchObject({ actors: ['USA', 'VEN'], match: 'all' });

    await page.getByRole('button', { name: 'Actors…' }).click();
    await dialog.waitFor(WAIT);
    expect(await actors.inputValue()).toBe('USA, VEN');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });

    // A change made elsewhere (another page, the API) reaches this page live.
    const elsewhere = await fetch(new URL('/api/topics/caribbean', dashboard.url), { method: 'PUT', headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ actors: ['Cuba'] }) });
    expect(elsewhere.status).toBe(200);
    await expect.poll(() => picker.locator('option[value="caribbean"]').textContent()).toBe('caribbean · 1 feed · only CUB');
    await picker.selectOption(topic);
  }, 20_000);

  it('imports feeds from an OPML file, reports what it skipped, and exports them', async () => {
    const { page } = browser;
    const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Reader export</title></head><body>
  <outline text="Conflict"><outline type="rss" text="Ostra Island Gazette" xmlUrl="https://ostra-gazette.example/rss"/></outline>
  <outline type="rss" text="Arvo Daily Herald" xmlUrl="${feeds.herald.feed.url}"/>
</body></opml>`;
    await page.locator('#opml-file').setInputFiles({ name: 'reader.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
    const notice = page.locator('#feeds-notice[data-kind="success"]', { hasText: 'Imported 1 feed from reader.opml. Skipped 1:' });
    await notice.waitFor(WAIT);
    expect(await notice.locator('li').allTextContents()).toEqual([`${feeds.herald.feed.url} — already configured`]);
    await feedRow('Ostra Island Gazette').waitFor(WAIT);

    const exportHref = await page.getByRole('link', { name: 'Export OPML' }).getAttribute('href');
    const exported = await (await fetch(new URL(exportHref ?? '', dashboard.url))).text();
    expect(exported).toContain('https://ostra-gazette.example/rss');
    expect(exported).toContain(feeds.herald.feed.url);
  }, 15_000);

  it('logged no console errors and no Content-Security-Policy violations', async () => {
    expect(watch.consoleErrors()).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});
