import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The hostile corpus folder (the same relative place from src/ and dist/). */
export const HOSTILE_DIR = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));

/**
 * How a fixture is served. `redirect:N` / `redirect-permanent:N` answer N
 * redirects (302 / 301) before the body; `status:NNN` answers that status;
 * `conditional` answers 304 when the request's If-None-Match or
 * If-Modified-Since matches the entry's validators; `trickle` sends one byte
 * per interval; `huge` streams a generated feed of 50 MB; `fake-gzip` claims
 * gzip but sends the plain bytes.
 */
export type ServingMode =
  | 'plain'
  | 'gzip'
  | 'br'
  | 'deflate'
  | 'fake-gzip'
  | 'trickle'
  | 'huge'
  | 'conditional'
  | `status:${number}`
  | `redirect:${number}`
  | `redirect-permanent:${number}`;

/** Bodies made on the fly instead of committed. */
export type BodyGenerator = 'empty' | 'binary-garbage' | 'many-items' | 'deep-nesting' | 'huge-title';

/** What a case must end with when fetched with `fetchFeed`. */
export interface HostileExpectation {
  /** `ok`, `not-modified`, or the FeedFetchError code. */
  outcome: string;
  items?: number;
  /** Titles of the items, in order, exactly. */
  titles?: string[];
  /** Substrings that must not appear anywhere in the parsed feed (script, markup). */
  absent?: string[];
  /** Substrings that must appear in the JSON of the parsed feed (decoded characters). */
  present?: string[];
  retryAfterMs?: number;
  permanentRedirect?: boolean;
  format?: string;
}

/** One entry of fixtures/hostile/manifest.json. */
export interface HostileCase {
  name: string;
  description: string;
  /** A file in the hostile folder… */
  file?: string;
  /** …or a generated body. */
  generator?: BodyGenerator;
  contentType: string;
  mode: ServingMode;
  /** Extra response headers (Retry-After, ETag …). */
  headers?: Record<string, string>;
  /** Validators the client sends (for `conditional`). */
  validators?: { etag?: string; lastModified?: string };
  expect: HostileExpectation;
}

/** Reads and minimally checks the hostile corpus manifest. */
export function loadHostileManifest(directory: string = HOSTILE_DIR): HostileCase[] {
  const parsed = JSON.parse(readFileSync(`${directory}/manifest.json`, 'utf8')) as { cases?: unknown };
  if (!Array.isArray(parsed.cases)) throw new Error(`${directory}/manifest.json has no "cases" array`);
  const cases = parsed.cases as HostileCase[];
  for (const entry of cases) {
    const sources = Number(entry.file !== undefined) + Number(entry.generator !== undefined);
    // `huge` makes its own body; every other mode serves exactly one file or generator.
    const sourcesOk = entry.mode === 'huge' ? sources === 0 : sources === 1;
    if (!entry.name || !entry.mode || !entry.expect?.outcome || !sourcesOk) {
      throw new Error(`manifest entry ${JSON.stringify(entry.name)} needs a name, a mode, expect.outcome and one of file or generator`);
    }
  }
  return cases;
}
