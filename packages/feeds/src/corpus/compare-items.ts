import { capLength, collapseWhitespace, htmlToText } from '../normalize/plain-text.js';
import type { NormalizedItem, ParsedFeed } from '../types.js';
import type { ExpectedFeed, ExpectedItem } from './gofeed-expectations.js';

/** The item fields compared with gofeed. */
export const FIELDS = ['title', 'link', 'guid', 'published', 'summary'] as const;
export type Field = (typeof FIELDS)[number];

/** Why a field did not agree. */
export type MissKind = 'missing' | 'extra' | 'different' | 'item-missing' | 'file-rejected';

/** One field that did not agree; `item` is -1 for the feed's own fields. */
export interface Miss {
  file: string;
  item: number;
  field: Field;
  kind: MissKind;
  expected?: string;
  got?: string;
  /** The error code when the whole file was rejected. */
  error?: string;
}

/** Per-field tallies: comparisons made and how many agreed. */
export type Tally = Record<Field, { compared: number; agreed: number }>;

export function emptyTally(): Tally {
  return Object.fromEntries(FIELDS.map((field) => [field, { compared: 0, agreed: 0 }])) as Tally;
}

type Values = Partial<Record<Field, string>>;

// gofeed keeps markup in titles and summaries; we keep plain text. Its
// values are put through the same plain-text conversion (and length cap)
// before comparing, so what is measured is whether we found the same text.
const LIMITS: Readonly<Record<'title' | 'summary', number>> = { title: 2_000, summary: 20_000 };

function canonical(values: Values, field: Field): string | undefined {
  const value = values[field];
  if (value === undefined) return undefined;
  if (field === 'title' || field === 'summary') return capLength(htmlToText(value), LIMITS[field]) || undefined;
  return value.trim() || undefined;
}

function same(field: Field, expected: string, got: string): boolean {
  if (field === 'published') return Date.parse(expected) === Date.parse(got);
  if (field === 'link') return (URL.canParse(expected) ? new URL(expected).href : expected) === got;
  return collapseWhitespace(expected) === collapseWhitespace(got);
}

function ourValues(item: NormalizedItem): Values {
  const values: Values = { title: item.title };
  if (item.link) values.link = item.link;
  if (item.guid) values.guid = item.guid;
  if (item.publishedAt) values.published = item.publishedAt;
  if (item.summary) values.summary = item.summary;
  return values;
}

/** Compares one record's fields; a field counts when either side has a value. */
function compareRecord(file: string, index: number, fields: readonly Field[], expected: Values, ours: Values | undefined, tally: Tally, misses: Miss[]): void {
  for (const field of fields) {
    const want = canonical(expected, field);
    const have = ours?.[field] || undefined;
    if (want === undefined && have === undefined) continue;
    tally[field].compared += 1;
    if (want !== undefined && have !== undefined && same(field, want, have)) {
      tally[field].agreed += 1;
      continue;
    }
    const kind: MissKind = !ours ? 'item-missing' : want === undefined ? 'extra' : have === undefined ? 'missing' : 'different';
    misses.push({ file, item: index, field, kind, ...(want === undefined ? {} : { expected: want }), ...(have === undefined ? {} : { got: have }) });
  }
}

/** An expected item we would keep: gofeed found a title or a summary for it. */
export function isKeepable(item: ExpectedItem): boolean {
  return canonical(item, 'title') !== undefined || canonical(item, 'summary') !== undefined;
}

/** Compares our items with gofeed's, index by index. */
export function compareItems(file: string, expected: readonly ExpectedItem[], ours: readonly NormalizedItem[], tally: Tally, misses: Miss[]): void {
  expected.forEach((wanted, index) => {
    const got = ours[index];
    compareRecord(file, index, FIELDS, wanted, got ? ourValues(got) : undefined, tally, misses);
  });
}

/** Compares the feed's own title and link. */
export function compareFeed(file: string, expected: ExpectedFeed, ours: ParsedFeed, tally: Tally, misses: Miss[]): void {
  const values: Values = {};
  if (ours.title) values.title = ours.title;
  if (ours.link) values.link = ours.link;
  compareRecord(file, -1, ['title', 'link'], expected, values, tally, misses);
}

/** Counts every expected field of a file we rejected as a miss. */
export function rejectFile(file: string, expected: ReadonlyArray<Values>, error: string, tally: Tally, misses: Miss[], firstIndex = 0): void {
  expected.forEach((wanted, offset) => {
    for (const field of FIELDS) {
      const want = canonical(wanted, field);
      if (want === undefined) continue;
      tally[field].compared += 1;
      misses.push({ file, item: firstIndex + offset, field, kind: 'file-rejected', expected: want, error });
    }
  });
}
