import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toHttpUrl } from '../normalize/http-url.js';
import { collapseWhitespace, decodeEntities } from '../normalize/plain-text.js';
import { OpmlError } from './opml-error.js';

/** One subscription from an OPML file. */
export interface OpmlFeed {
  /** Absolute http(s) URL (the outline's xmlUrl). */
  url: string;
  title?: string;
  /** Folder path: the titles of the enclosing outlines joined with "/". */
  category?: string;
  /** The outline's own `category` attribute (OPML 2.0: comma-separated, "/"-delimited), each without its leading "/". */
  categories?: string[];
}

/** An outline that looks like a subscription but cannot be one. */
export interface OpmlInvalidEntry {
  title?: string;
  xmlUrl?: string;
  reason: string;
}

/** What an OPML import found. */
export interface OpmlImport {
  feeds: OpmlFeed[];
  /** Later occurrences of a URL already in `feeds` (compared after URL normalisation). */
  duplicates: OpmlFeed[];
  invalid: OpmlInvalidEntry[];
}

type Outline = Record<string, unknown>;

/**
 * Attribute by name, case-insensitively (exporters write xmlUrl, xmlURL and
 * xmlurl), with character references decoded: fast-xml-parser leaves them
 * alone so that numeric and HTML-named ones are decoded like XML-named ones.
 */
function attribute(outline: Outline, name: string): string | undefined {
  const wanted = `@${name.toLowerCase()}`;
  for (const [key, value] of Object.entries(outline)) {
    if (key.toLowerCase() === wanted && typeof value === 'string') return decodeEntities(value);
  }
  return undefined;
}

function childOutlines(node: unknown): Outline[] {
  if (typeof node !== 'object' || node === null) return [];
  const list = (node as Record<string, unknown>).outline;
  return Array.isArray(list) ? list.filter((entry): entry is Outline => typeof entry === 'object' && entry !== null) : [];
}

function nameOf(outline: Outline): string | undefined {
  const name = collapseWhitespace(attribute(outline, 'title') ?? attribute(outline, 'text') ?? '');
  return name === '' ? undefined : name;
}

/** The `feed:` pseudo-scheme some readers export: feed://host/x and feed:https://host/x. */
function withoutFeedScheme(url: string): string {
  return url.replace(/^feed:(\/\/)?/i, (_match, slashes: string | undefined) => (slashes ? 'http://' : ''));
}

function ownCategories(outline: Outline): string[] {
  return (attribute(outline, 'category') ?? '')
    .split(',')
    .map((category) => category.trim().replace(/^\/+/, ''))
    .filter((category) => category !== '');
}

function walk(outlines: Outline[], path: string[], found: OpmlImport, seen: Set<string>): void {
  for (const outline of outlines) {
    const name = nameOf(outline);
    const xmlUrl = attribute(outline, 'xmlUrl')?.trim();
    const children = childOutlines(outline);
    if (xmlUrl !== undefined && xmlUrl !== '') {
      const url = toHttpUrl(withoutFeedScheme(xmlUrl));
      const entry: OpmlFeed = { url: url ?? xmlUrl };
      if (name) entry.title = name;
      if (path.length > 0) entry.category = path.join('/');
      const categories = ownCategories(outline);
      if (categories.length > 0) entry.categories = categories;
      if (!url) found.invalid.push({ ...(name ? { title: name } : {}), xmlUrl, reason: 'the feed address is not an http(s) URL' });
      else if (seen.has(url)) found.duplicates.push(entry);
      else {
        seen.add(url);
        found.feeds.push(entry);
      }
    } else if (children.length === 0 && /^(rss|atom|feed)$/i.test(attribute(outline, 'type') ?? '')) {
      found.invalid.push({ ...(name ? { title: name } : {}), reason: 'the outline has no feed address (xmlUrl)' });
    }
    if (children.length > 0) walk(children, name ? [...path, name] : path, found, seen);
  }
}

function parseDocument(text: string): unknown {
  const source = text.replace(/^\uFEFF/, '').trim();
  if (source === '') throw new OpmlError('empty', 'The OPML file is empty. Export your subscriptions again and upload that file.');
  const rootAt = source.search(/<opml[\s>]/i);
  const prolog = rootAt === -1 ? source.slice(0, 10_000) : source.slice(0, rootAt);
  if (/<!ENTITY/i.test(prolog)) {
    throw new OpmlError('unsafe_xml', 'The OPML file declares XML entities (<!ENTITY …>), which can be used to attack the importer, so it was refused.');
  }
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new OpmlError('malformed', `The OPML file is not well-formed XML (${msg} at line ${line}). Export your subscriptions again, or fix the file.`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: false,
    isArray: (name) => name === 'outline',
  });
  return parser.parse(source) as unknown;
}

/**
 * Reads an OPML 1.0/2.0 subscription list (as exported by Feedly, Inoreader,
 * NetNewsWire and others). Nested outlines are flattened; an outline's
 * category is the path of folder titles above it. Duplicates and entries
 * that cannot be feeds are reported, not imported. Throws {@link OpmlError}
 * when the file as a whole is unreadable.
 */
export function parseOpml(text: string): OpmlImport {
  const document = parseDocument(text);
  const opml = typeof document === 'object' && document !== null ? (document as Record<string, unknown>).opml : undefined;
  if (typeof opml !== 'object' || opml === null) {
    throw new OpmlError('not_opml', 'The file is not an OPML subscription list (it has no <opml> element). Export your subscriptions as OPML and upload that file.');
  }
  const found: OpmlImport = { feeds: [], duplicates: [], invalid: [] };
  walk(childOutlines((opml as Record<string, unknown>).body), [], found, new Set());
  return found;
}
