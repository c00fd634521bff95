import { FIELDS } from './compare-items.js';
import type { Field, Miss, Tally } from './compare-items.js';
import type { CorpusRun } from './run-corpus.js';

/** Agreement as a fraction (1 when nothing was compared). */
export function agreement(tally: Tally, fields: readonly Field[] = FIELDS): number {
  let compared = 0;
  let agreed = 0;
  for (const field of fields) {
    compared += tally[field].compared;
    agreed += tally[field].agreed;
  }
  return compared === 0 ? 1 : agreed / compared;
}

function percent(tally: Tally, fields: readonly Field[]): string {
  const compared = fields.reduce((sum, field) => sum + tally[field].compared, 0);
  const agreed = fields.reduce((sum, field) => sum + tally[field].agreed, 0);
  return compared === 0 ? '—' : `${agreed}/${compared} (${((100 * agreed) / compared).toFixed(1)} %)`;
}

/** A known reason for misses: which misses it covers and why they happen. */
interface Category {
  title: string;
  matches: (miss: Miss) => boolean;
  why: string;
}

const CATEGORIES: Category[] = [
  {
    title: 'Broken XML without items, reported as malformed',
    matches: (miss) => miss.kind === 'file-rejected' && miss.error === 'malformed',
    why:
      'These files are not well-formed XML (a bare `&`, or a close tag that does not match its open tag) and contain no items, only a channel title. ' +
      'We repair broken XML only when the repair recovers at least one item; a feed with nothing to show is reported as `malformed` with the ' +
      "parser's line and column, so its owner can fix it. gofeed's lenient tokenizer reads the channel title from them. Broken feeds that do have " +
      'items are repaired and read (see the `malformed-recoverable` hostile case).',
  },
  {
    title: 'Several `<link>` elements: we take the first, gofeed the last',
    matches: (miss) => miss.field === 'link' && miss.kind === 'different' && /links\.xml$/.test(miss.file),
    why:
      'The test files put `<link>http://example.org</link><link>http://example2.org</link><link href="http://example3.org"/>` in one item or ' +
      'channel. RSS allows one link; when a feed repeats it, the first is the one its writer meant, so that is the one we keep. gofeed ' +
      'reports the last one. A deliberate difference, not a parsing failure.',
  },
];

function categorise(misses: readonly Miss[]): Array<{ category?: Category; misses: Miss[] }> {
  const groups = new Map<Category | undefined, Miss[]>();
  for (const miss of misses) {
    const category = CATEGORIES.find((candidate) => candidate.matches(miss));
    groups.set(category, [...(groups.get(category) ?? []), miss]);
  }
  return [...groups.entries()].map(([category, list]) => (category ? { category, misses: list } : { misses: list }));
}

function cell(value: string | undefined): string {
  if (value === undefined) return '—';
  const shown = value.replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1:PORT').replace(/\|/g, '\\|');
  return `\`${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}\``;
}

function missRows(misses: readonly Miss[]): string[] {
  return misses.map(
    (miss) =>
      `| ${miss.file} | ${miss.item < 0 ? 'feed' : miss.item} | ${miss.field} | ${miss.kind}${miss.error ? ` (${miss.error})` : ''} | ${cell(miss.expected)} | ${cell(miss.got)} |`,
  );
}

function missSection(run: CorpusRun): string[] {
  const all = [...run.endToEnd.misses, ...run.extraction.misses, ...run.feedLevel.misses];
  // Sorted, so the committed report only changes when the results do.
  const unique = [...new Map(all.map((miss) => [`${miss.file}#${miss.item}#${miss.field}`, miss])).values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.item - b.item || a.field.localeCompare(b.field),
  );
  const lines = ['## Misses by category', ''];
  if (unique.length === 0) return [...lines, 'None.', ''];
  for (const group of categorise(unique)) {
    lines.push(`### ${group.category?.title ?? 'Not yet explained'} (${group.misses.length})`, '');
    lines.push(group.category?.why ?? 'These misses have no known cause yet; each one is a bug to look at.', '');
    lines.push('| File | Item | Field | Kind | gofeed (as plain text) | Ours |', '| --- | --- | --- | --- | --- | --- |', ...missRows(group.misses), '');
  }
  return lines;
}

function outcomeSection(run: CorpusRun, maxFileMs: number): string[] {
  const counts = new Map<string, number>();
  for (const outcome of run.outcomes) counts.set(outcome.outcome, (counts.get(outcome.outcome) ?? 0) + 1);
  const rejected = run.outcomes.filter((outcome) => outcome.outcome !== 'ok');
  // Timings vary from run to run, so the report states the bound the test
  // enforces rather than the figures (the test prints those).
  return [
    '## Robustness',
    '',
    `${run.outcomes.length} files served from 127.0.0.1 and fetched with \`fetchFeed\`, 8 at a time: no crash, no hang,`,
    `every file within the ${maxFileMs / 1000} s bound the test enforces (typically a few milliseconds each; the whole run takes a few seconds).`,
    '',
    '| Outcome | Files |',
    '| --- | --- |',
    ...[...counts.entries()].sort().map(([outcome, count]) => `| ${outcome} | ${count} |`),
    '',
    'Files not read as feeds (all on purpose: empty, not a feed, or broken XML without items):',
    '',
    ...rejected.map((outcome) => `- ${outcome.file}: \`${outcome.outcome}\``),
    '',
  ];
}

function agreementSection(run: CorpusRun): string[] {
  const rows = FIELDS.map((field) => `| ${field} | ${percent(run.endToEnd.tally, [field])} | ${percent(run.extraction.tally, [field])} |`);
  return [
    '## Field agreement with gofeed',
    '',
    'A field is compared when gofeed or we have a value for it; it agrees when both have the same value. Titles and summaries',
    'are compared as plain text (gofeed keeps markup, we strip it, so its values go through our plain-text conversion first);',
    'links as URLs; dates as instants. gofeed field names are mapped: `pubDateParsed`/`publishedParsed`, else',
    '`updatedParsed`, else Dublin Core `date` → published; `description`/`summary`, else `content` → summary;',
    '`guid.value`/`id`/`guid` → guid; the first alternate `links[].href`/`link`/`url` → link.',
    '',
    '- **End to end**: through `fetchFeed`, as the worker stores items; items with neither title nor summary are dropped on both sides.',
    '- **Extraction**: every item gofeed lists, before that drop rule (most corpus items exercise one field and have no title).',
    '',
    '| Field | End to end | Extraction |',
    '| --- | --- | --- |',
    ...rows,
    `| **overall** | **${percent(run.endToEnd.tally, FIELDS)}** | **${percent(run.extraction.tally, FIELDS)}** |`,
    '',
    `Feed title: ${percent(run.feedLevel.tally, ['title'])}; feed link: ${percent(run.feedLevel.tally, ['link'])}.`,
    '',
    'Read these percentages with their denominators: most corpus files test one element each (often a channel field, or',
    'an item with a single field), so the item-level figures rest on a couple of hundred comparisons, not thousands.',
    '',
  ];
}

/** The committed report: figures, and every miss grouped by its cause. Deterministic for the same results. */
export function corpusReport(run: CorpusRun, filesWithExpectations: number, maxFileMs: number): string {
  return [
    '# Real-world feed corpus report',
    '',
    'Generated by `src/corpus/gofeed-corpus.test.ts` on every `npm test -w @tension/feeds`; do not edit by hand.',
    `Corpus: the test data of mmcdole/gofeed (MIT, commit e010ca0), ${run.outcomes.length} feed files, ${filesWithExpectations} with the fields gofeed extracts beside them.`,
    '',
    ...outcomeSection(run, maxFileMs),
    ...agreementSection(run),
    ...missSection(run),
  ].join('\n');
}
