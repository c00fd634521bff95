import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EgressClient } from '@tension/egress';
import { decodeFeedBody } from '../decode/decode-feed-body.js';
import { FeedFetchError } from '../feed-fetch-error.js';
import { fetchFeed } from '../fetch/fetch-feed.js';
import { basesOf } from '../normalize/normalize-feed.js';
import { normalizeItem } from '../normalize/normalize-item.js';
import { extractFeed } from '../parse/parse-feed.js';
import type { FixtureServer } from '../testing/fixture-server.js';
import { compareFeed, compareItems, emptyTally, isKeepable, rejectFile } from './compare-items.js';
import type { Miss, Tally } from './compare-items.js';
import type { CorpusCase } from './gofeed-expectations.js';

/** What happened to one file. */
export interface FileOutcome {
  file: string;
  ms: number;
  /** `ok`, or the FeedFetchError code. */
  outcome: string;
  items: number;
}

/** Everything the corpus run measured. */
export interface CorpusRun {
  outcomes: FileOutcome[];
  /** Through fetchFeed, as the worker stores items (items without title and summary dropped on both sides). */
  endToEnd: { tally: Tally; misses: Miss[] };
  /** Extraction before the drop rule: every item gofeed lists, compared field by field. */
  extraction: { tally: Tally; misses: Miss[] };
  /** The feed's own title and link, through fetchFeed. */
  feedLevel: { tally: Tally; misses: Miss[] };
  totalMs: number;
}

async function fetchOne(client: EgressClient, server: FixtureServer, entry: CorpusCase, run: CorpusRun): Promise<void> {
  const contentType = entry.file.endsWith('.json') ? 'application/feed+json' : 'application/xml';
  const started = performance.now();
  const keepable = entry.expected?.items.filter(isKeepable) ?? [];
  try {
    const result = await fetchFeed(client, server.fileUrl(entry.file, { contentType }));
    if (result.kind !== 'ok') throw new Error(`${entry.file}: unexpected ${result.kind}`);
    const { feed } = result;
    run.outcomes.push({ file: entry.file, ms: performance.now() - started, outcome: result.kind, items: feed.items.length });
    if (!entry.expected) return;
    compareItems(entry.file, keepable, feed.items, run.endToEnd.tally, run.endToEnd.misses);
    compareFeed(entry.file, entry.expected.feed, feed, run.feedLevel.tally, run.feedLevel.misses);
  } catch (error) {
    if (!(error instanceof FeedFetchError)) throw error;
    run.outcomes.push({ file: entry.file, ms: performance.now() - started, outcome: error.code, items: 0 });
    if (!entry.expected) return;
    rejectFile(entry.file, keepable, error.code, run.endToEnd.tally, run.endToEnd.misses);
    rejectFile(entry.file, [entry.expected.feed], error.code, run.feedLevel.tally, run.feedLevel.misses, -1);
  }
}

async function extractOne(root: string, documentUrl: string, entry: CorpusCase, run: CorpusRun): Promise<void> {
  if (!entry.expected) return;
  const { tally, misses } = run.extraction;
  try {
    const raw = await extractFeed(decodeFeedBody(await readFile(path.join(root, entry.file))));
    const { bases } = basesOf(raw, documentUrl);
    const items = raw.entries.map((rawEntry) => normalizeItem(rawEntry, bases));
    compareItems(entry.file, entry.expected.items, items, tally, misses);
  } catch (error) {
    rejectFile(entry.file, entry.expected.items, (error as { code?: string }).code ?? 'error', tally, misses);
  }
}

/**
 * Runs every corpus file through fetchFeed (served by `server` from `root`,
 * `concurrency` at a time) and through extraction alone, comparing with
 * gofeed's expectations where they exist.
 */
export async function runCorpus(client: EgressClient, server: FixtureServer, root: string, cases: CorpusCase[], concurrency = 8): Promise<CorpusRun> {
  const run: CorpusRun = {
    outcomes: [],
    endToEnd: { tally: emptyTally(), misses: [] },
    extraction: { tally: emptyTally(), misses: [] },
    feedLevel: { tally: emptyTally(), misses: [] },
    totalMs: 0,
  };
  const started = performance.now();
  const queue = [...cases];
  const worker = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await fetchOne(client, server, entry, run);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  for (const entry of cases) await extractOne(root, server.fileUrl(entry.file), entry, run);
  run.totalMs = performance.now() - started;
  run.outcomes.sort((a, b) => a.file.localeCompare(b.file));
  return run;
}
