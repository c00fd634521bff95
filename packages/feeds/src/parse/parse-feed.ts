import { FeedParseError } from '../feed-parse-error.js';
import { normalizeFeed } from '../normalize/normalize-feed.js';
import type { ParsedFeed } from '../types.js';
import { readJsonFeed } from './json-feed.js';
import { Namespaces } from './namespaces.js';
import type { RawFeed } from './raw-feed.js';
import { readXml } from './read-xml.js';
import { repairXml } from './repair-xml.js';
import { xmlEntries } from './xml-entries.js';
import { sniffXml } from './xml-shape.js';

/** Options for {@link parseFeed}. */
export interface ParseFeedOptions {
  /** The URL the document was fetched from; relative links resolve against it last. */
  url?: string;
}

const HTML_PAGE =
  "The URL returned an HTML page, not a feed. Use the feed's own URL, or add the page and let autodiscovery find it.";

/** "Unexpected close tag\nLine: 6\nColumn: 46\nChar: >" → "Unexpected close tag at line 6, column 46". */
function describeXmlError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [what = 'unknown error', ...rest] = message.split('\n');
  const line = rest.find((part) => part.startsWith('Line:'))?.slice(5).trim();
  const column = rest.find((part) => part.startsWith('Column:'))?.slice(7).trim();
  const where = line === undefined ? '' : ` at line ${Number(line) + 1}${column === undefined ? '' : `, column ${column}`}`;
  return `${what.replace(/\.$/, '')}${where}`;
}

function malformed(error: unknown): FeedParseError {
  return new FeedParseError(
    'malformed',
    `The feed is not well-formed XML (${describeXmlError(error)}) and no items could be recovered from it. ` +
      'Ask the site to fix its feed; the W3C feed validator (https://validator.w3.org/feed/) shows the problem.',
    { cause: error },
  );
}

/**
 * Strict parse first; a broken document gets one repair pass (bare `&`,
 * HTML entities, mismatched tags), accepted only if it yields items, so a
 * page of garbage is still reported as malformed.
 */
async function readXmlFeed(source: string, format: RawFeed['format'], base: string | undefined): Promise<RawFeed> {
  const ns = new Namespaces(source);
  // rss-parser assumes RSS and RDF have a <channel>; without one there are no items.
  if (format !== 'atom' && !/<channel[\s>/]/.test(source)) return { format, entries: [] };
  try {
    return xmlEntries(await readXml(source), format, ns, base);
  } catch (strictError) {
    const repaired = await readXml(repairXml(source)).then(
      (tree) => xmlEntries(tree, format, ns, base),
      () => undefined,
    );
    if (repaired && repaired.entries.length > 0) return repaired;
    throw malformed(strictError);
  }
}

/**
 * Reads a decoded feed document into the common raw shape, refusing what is
 * not a feed: empty bodies, HTML pages, other XML, JSON that is not a JSON
 * Feed, binary garbage, and XML that declares entities.
 */
export async function extractFeed(text: string): Promise<RawFeed> {
  const source = text.replace(/^\uFEFF/, '');
  const start = source.trimStart();
  if (start === '') {
    throw new FeedParseError('empty', 'The feed is empty: the server sent no content. Check the URL; if it is right, the site may be having trouble.');
  }
  if (start.startsWith('{')) return readJsonFeed(source);
  if (!start.startsWith('<')) {
    throw new FeedParseError('not_a_feed', 'The URL returned something that is neither XML nor JSON, so it is not a feed. Check that the URL points at the feed itself.');
  }
  const shape = sniffXml(start);
  switch (shape.kind) {
    case 'unsafe':
      throw new FeedParseError(
        'unsafe_xml',
        'The feed declares XML entities (<!ENTITY …>), a known way to attack feed readers ("billion laughs"), so it was refused. Ask the site to remove the DOCTYPE from its feed.',
      );
    case 'html':
      throw new FeedParseError('not_a_feed', HTML_PAGE);
    case 'other':
      throw new FeedParseError(
        'not_a_feed',
        `The URL returned an XML document${shape.root ? ` of type <${shape.root}>` : ''}, not an RSS, Atom or RDF feed. Check that the URL points at the feed itself.`,
      );
    case 'feed':
      return readXmlFeed(start, shape.format, shape.base);
  }
}

/**
 * Parses a decoded feed — RSS 0.9x/2.0, RDF (RSS 1.0), Atom 0.3/1.0 or JSON
 * Feed 1.x — into plain-text items. Throws {@link FeedParseError} with a
 * message for the user when the text is not a feed we can read.
 */
export async function parseFeed(text: string, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
  return normalizeFeed(await extractFeed(text), options.url);
}
