import { Feed, HttpUrl, newId, requestPoll, sameUrl, scheduleFeed, Topic } from '@tension/core';
import { parseOpml, toOpml } from '@tension/feeds';
import type { DashboardDeps } from '../deps.js';
import { publishFeedChange } from './feed-admin.js';

export interface OpmlImportReport {
  added: Array<{ id: string; url: string; title: string }>;
  skipped: Array<{ url: string; reason: string }>;
}

/**
 * Adds every feed of an OPML file, with the topics its outline's `category`
 * names. Feeds are not fetched here (a reader's export can list hundreds);
 * each is polled at once and shows its health.
 */
export async function importOpml(deps: DashboardDeps, text: string): Promise<OpmlImportReport> {
  const parsed = parseOpml(text);
  const known = (await deps.feeds.list()).map((feed) => feed.url);
  const report: OpmlImportReport = { added: [], skipped: [] };
  for (const duplicate of parsed.duplicates) report.skipped.push({ url: duplicate.url, reason: 'listed twice in the file' });
  for (const invalid of parsed.invalid) report.skipped.push({ url: invalid.xmlUrl ?? invalid.title ?? '', reason: invalid.reason });
  for (const entry of parsed.feeds) {
    if (!HttpUrl.safeParse(entry.url).success) {
      report.skipped.push({ url: entry.url, reason: 'not an http(s) URL' });
      continue;
    }
    if (known.some((url) => sameUrl(url, entry.url))) {
      report.skipped.push({ url: entry.url, reason: 'already configured' });
      continue;
    }
    const at = new Date(deps.now()).toISOString();
    const feed = Feed.parse({
      id: newId(),
      url: entry.url,
      title: (entry.title ?? '').slice(0, 300),
      intervalSeconds: deps.config.pollIntervalSeconds,
      weight: 1,
      enabled: true,
      topics: topicsOf(entry.categories ?? []),
      demo: false,
      createdAt: at,
      updatedAt: at,
    });
    await deps.feeds.put(feed);
    await scheduleFeed(deps.queues, feed);
    await requestPoll(deps.queues, feed.id, 'created');
    known.push(feed.url);
    report.added.push({ id: feed.id, url: feed.url, title: feed.title });
    await publishFeedChange(deps, feed.id, 'created');
  }
  return report;
}

/** The outline categories that are topics (our own export writes a feed's topics there); reader categories such as "/News/World" are not. */
function topicsOf(categories: readonly string[]): string[] {
  return categories.flatMap((category) => {
    const topic = Topic.safeParse(category);
    return topic.success ? [topic.data] : [];
  });
}

/** The feeds as OPML 2.0, each with its topics as the outline's `category`. */
export async function exportOpml(deps: DashboardDeps): Promise<string> {
  const feeds = await deps.feeds.list();
  return toOpml(
    feeds.filter((feed) => !feed.demo).map((feed) => ({ url: feed.url, title: feed.title || feed.url, categories: feed.topics })),
    'Tension Monitor feeds',
  );
}
