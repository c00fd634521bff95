import type { Namespaces } from './namespaces.js';
import type { RawEntry, RawFeed } from './raw-feed.js';
import type { XmlTree } from './read-xml.js';
import {
  atomCategories,
  atomLinks,
  firstAtomText,
  firstHtml,
  linkTexts,
  personNames,
  texts,
} from './xml-fields.js';
import { attr, children, childrenOf, textOf } from './xml-node.js';
import type { XmlElement, XmlValue } from './xml-node.js';

/** An RSS guid is the item's permalink unless it says isPermaLink="false". */
function permalinkGuid(item: XmlElement): string[] {
  const guid = children(item, 'guid')[0];
  const text = textOf(guid)?.trim() ?? '';
  const isPermaLink = (attr(guid, 'isPermaLink') ?? 'true').trim().toLowerCase() !== 'false';
  return isPermaLink && /^https?:\/\//i.test(text) ? [text] : [];
}

function keywords(node: XmlValue, names: readonly string[]): string[] {
  return texts(node, names).flatMap((list) => list.split(','));
}

function withOptional<T extends object>(base: T, extra: Record<string, unknown>): T {
  const result = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) result[key] = value;
  return result as T;
}

/** An RSS 0.9x/2.0 or RDF item, with the Dublin Core, content, iTunes and Atom fallbacks real feeds use. */
function rssEntry(item: XmlElement, ns: Namespaces): RawEntry {
  const atom = (local: string) => ns.names('atom', local);
  const dc = (local: string) => ns.names('dc', local);
  const dcterms = (local: string) => ns.names('dcterms', local);
  const itunes = (local: string) => ns.names('itunes', local);
  return withOptional<RawEntry>(
    {
      links: [
        ...linkTexts(item, ['link']),
        ...atomLinks(childrenOf(item, atom('link'))),
        ...permalinkGuid(item),
      ],
      authors: [
        ...texts(item, ['author', ...dc('creator'), ...dc('author'), ...itunes('author')]),
        ...personNames(childrenOf(item, atom('author'))),
      ],
      dates: texts(item, [
        'pubDate',
        ...dc('date'),
        ...atom('published'),
        ...dcterms('issued'),
        ...dcterms('created'),
        ...atom('updated'),
        ...dcterms('modified'),
      ]),
      categories: [
        ...texts(item, ['category', ...dc('subject')]),
        ...keywords(item, itunes('keywords')),
        ...atomCategories(childrenOf(item, atom('category'))),
      ],
    },
    {
      guid: texts(item, ['guid'])[0],
      base: attr(item, 'xml:base'),
      title: firstHtml(item, ['title', ...dc('title')]) ?? firstAtomText(item, atom('title')),
      summary:
        firstHtml(item, ['description', ...dc('description'), ...itunes('summary'), ...itunes('subtitle')]) ??
        firstAtomText(item, atom('summary')),
      content: firstHtml(item, ns.names('content', 'encoded')) ?? firstAtomText(item, atom('content')),
    },
  );
}

/** An Atom 1.0 or 0.3 entry. */
function atomEntry(entry: XmlElement, ns: Namespaces): RawEntry {
  const dc = (local: string) => ns.names('dc', local);
  return withOptional<RawEntry>(
    {
      guidIsIri: true,
      links: atomLinks(children(entry, 'link')),
      authors: [...personNames(children(entry, 'author')), ...texts(entry, dc('creator'))],
      dates: texts(entry, ['published', 'issued', 'created', ...dc('date'), 'updated', 'modified']),
      categories: [...atomCategories(children(entry, 'category')), ...texts(entry, dc('subject'))],
    },
    {
      guid: texts(entry, ['id'])[0],
      base: attr(entry, 'xml:base'),
      title: firstAtomText(entry, ['title']) ?? firstHtml(entry, dc('title')),
      summary: firstAtomText(entry, ['summary']) ?? firstHtml(entry, dc('description')),
      content: firstAtomText(entry, ['content']),
    },
  );
}

/**
 * Extracts the channel and its items from what rss-parser read. `rootBase`
 * is an xml:base on the root element, which rss-parser does not hand back
 * for RSS (it starts at the channel).
 */
export function xmlEntries(tree: XmlTree, format: RawFeed['format'], ns: Namespaces, rootBase?: string): RawFeed {
  const { channel } = tree;
  if (format === 'atom') {
    return withOptional<RawFeed>(
      { format, entries: tree.items.map((entry) => atomEntry(entry, ns)) },
      {
        title: firstAtomText(channel, ['title']),
        link: atomLinks(children(channel, 'link'))[0],
        base: attr(channel, 'xml:base') ?? rootBase,
      },
    );
  }
  return withOptional<RawFeed>(
    { format, entries: tree.items.map((item) => rssEntry(item, ns)) },
    {
      title: firstHtml(channel, ['title', ...ns.names('dc', 'title')]),
      link: linkTexts(channel, ['link'])[0] ?? atomLinks(childrenOf(channel, ns.names('atom', 'link')))[0],
      base: attr(channel, 'xml:base') ?? rootBase,
    },
  );
}
