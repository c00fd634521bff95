import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEgressClient } from '@tension/egress';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../testing/fixture-server.js';
import type { FixtureServer } from '../testing/fixture-server.js';
import { agreement, corpusReport } from './corpus-report.js';
import { corpusCases } from './gofeed-expectations.js';
import { runCorpus } from './run-corpus.js';
import type { CorpusRun } from './run-corpus.js';

// The corpus sits beside the repository (../shared relative to its root),
// where CI puts it too.
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const corpusRoot = path.resolve(repoRoot, '../shared/feeds-corpus/gofeed');
const reportPath = path.resolve(here, '../../corpus-report.md');

/** Floors close to what the code achieves today; a drop is a regression to explain. */
const FLOORS = { endToEnd: 0.98, extraction: 0.975, feedLevel: 0.88 };
/** No single file may take longer than this through fetchFeed. */
const MAX_FILE_MS = 3_000;

let server: FixtureServer;
let run: CorpusRun;
const cases = existsSync(corpusRoot) ? corpusCases(corpusRoot) : [];

if (cases.length === 0) console.warn(`gofeed corpus not found at ${corpusRoot}; corpus tests skipped`);

describe.skipIf(cases.length === 0)('gofeed corpus through fetchFeed', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ directory: corpusRoot });
    const client = createEgressClient({ allowPrivate: true, timeoutMs: 5_000, maxBytes: 5 * 1024 * 1024, perHostConcurrency: 8 });
    run = await runCorpus(client, server, corpusRoot, cases);
    writeFileSync(reportPath, corpusReport(run, cases.filter((entry) => entry.expected).length, MAX_FILE_MS));
    const slowest = [...run.outcomes].sort((a, b) => b.ms - a.ms)[0];
    console.info(`gofeed corpus: ${run.outcomes.length} files in ${(run.totalMs / 1000).toFixed(1)} s; slowest ${slowest?.file} ${slowest?.ms.toFixed(0)} ms`);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it('reads every file without crashing, each in bounded time', () => {
    expect(run.outcomes).toHaveLength(cases.length);
    expect(cases.length).toBeGreaterThan(500);
    const slow = run.outcomes.filter((outcome) => outcome.ms > MAX_FILE_MS);
    expect(slow).toEqual([]);
  });

  it('rejects only files that are empty, not feeds, invalid JSON, or broken XML without items', () => {
    const rejected = Object.fromEntries(run.outcomes.filter((outcome) => outcome.outcome !== 'ok').map((outcome) => [outcome.file, outcome.outcome]));
    expect(rejected).toEqual({
      'parser/atom/atom10_feed_title_xhtml_escaped_markup.xml': 'malformed',
      'parser/atom/atom10_feed_title_xhtml_inline_markup.xml': 'malformed',
      'parser/json/invalid/invalid.json': 'malformed',
      'parser/rss/issue_305_bare_ampersand.xml': 'malformed',
      'parser/rss/issue_320_legacy_entity_prefix.xml': 'malformed',
      'parser/rss/rss_channel_language.xml': 'malformed',
      'parser/universal/empty_feed.xml': 'empty',
      'parser/universal/invalid.json': 'malformed',
      'parser/universal/unknown_feed.xml': 'not_a_feed',
    });
  });

  it('agrees with gofeed on title, link, guid, date and summary', () => {
    expect(agreement(run.endToEnd.tally)).toBeGreaterThanOrEqual(FLOORS.endToEnd);
    expect(agreement(run.extraction.tally)).toBeGreaterThanOrEqual(FLOORS.extraction);
    expect(agreement(run.feedLevel.tally, ['title', 'link'])).toBeGreaterThanOrEqual(FLOORS.feedLevel);
  });
});
