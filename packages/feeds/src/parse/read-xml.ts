import Parser from 'rss-parser';
import { MARK } from './xml-node.js';
import type { XmlElement } from './xml-node.js';

// Every element name except the few rss-parser navigates by is renamed with
// MARK before rss-parser sees it. Its own field mapping throws on common
// real-world input (an Atom date it cannot parse, an Atom link without
// attributes) and keeps only a few fields; we let it parse the XML and find
// the channel and its items, and read the fields ourselves from the captured
// nodes.

/** Element names rss-parser navigates by; they keep their names. */
const STRUCTURE = new Set(['rss', 'channel', 'item', 'feed', 'entry', 'rdf:RDF']);

/** Local names of the item and channel children we read (any prefix). */
const WANTED = new Set([
  'title', 'link', 'guid', 'id', 'description', 'summary', 'subtitle', 'content', 'encoded', 'pubDate',
  'published', 'updated', 'issued', 'modified', 'created', 'date', 'author', 'creator', 'category', 'subject',
  'keywords',
]);

/** What rss-parser found: the channel (or Atom feed element) and its items, as element trees. */
export interface XmlTree {
  channel: XmlElement;
  items: XmlElement[];
}

type Captured = Record<string, unknown>;

/** The qualified element names in the document whose local part we read, bounded by WANTED. */
function wantedNames(xml: string): string[] {
  const names = new Set<string>();
  for (const match of xml.matchAll(/<([A-Za-z_][\w.-]*(?::[\w.-]+)?)/g)) {
    const name = match[1] ?? '';
    if (WANTED.has(name.slice(name.indexOf(':') + 1))) names.add(name);
  }
  return [...names];
}

type Capture = [from: string, to: string, options: { keepArray: true }];

/** rss-parser custom fields copying the attributes and every wanted child, whole (keepArray). */
function captureList(names: string[]): Capture[] {
  const children = names.map((name): Capture => [`${MARK}${name}`, `${MARK}${name}`, { keepArray: true }]);
  return [['$', `${MARK}$`, { keepArray: true }], ...children];
}

/** Rebuilds an element from the fields rss-parser copied out for us. */
function rebuild(captured: Captured): XmlElement {
  const element: XmlElement = {};
  for (const [key, value] of Object.entries(captured)) {
    if (!key.startsWith(MARK)) continue;
    if (key === `${MARK}$`) element.$ = value as Record<string, string>;
    else element[key] = value;
  }
  return element;
}

/**
 * Parses RSS 0.9x/2.0, RDF and Atom XML with rss-parser's `parseString`
 * (strict XML; never `parseURL`). Rejects with the XML parser's error when
 * the document is not well-formed.
 */
export async function readXml(xml: string): Promise<XmlTree> {
  const capture = captureList(wantedNames(xml));
  const options = {
    defaultRSS: 2,
    customFields: { feed: capture, item: capture },
    xml2js: {
      tagNameProcessors: [(name: string) => (STRUCTURE.has(name) ? name : `${MARK}${name}`)],
      // Keep each element's children and text in document order (under `$$`)
      // besides the usual by-name keys, so "Two <b>sites</b> hit." does not
      // come back as "Two hit. sites".
      explicitChildren: true,
      preserveChildrenOrder: true,
      charsAsChildren: true,
      includeWhiteChars: true,
    },
  };
  // rss-parser's typings allow keepArray only for item fields and type its
  // output loosely; the runtime does both for feed and item fields.
  const parser = new Parser<Captured, Captured>(options as unknown as Parser.ParserOptions<Captured, Captured>);
  const output = (await parser.parseString(xml)) as unknown as Captured & { items: Captured[] };
  return { channel: rebuild(output), items: output.items.map(rebuild) };
}
