/** A subscription to export. */
export interface OpmlExportFeed {
  url: string;
  title?: string;
  /** Folder path, "/"-separated; exported as nested outlines. */
  category?: string;
  /** Written as the outline's own `category` attribute (OPML 2.0), each as "/name". */
  categories?: readonly string[];
}

// Characters XML 1.0 cannot carry at all, even escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes a value for a double-quoted attribute; titles are one line, so whitespace runs become one space. */
function escapeAttribute(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

interface Folder {
  feeds: OpmlExportFeed[];
  folders: Map<string, Folder>;
}

function folderTree(feeds: readonly OpmlExportFeed[]): Folder {
  const root: Folder = { feeds: [], folders: new Map() };
  for (const feed of feeds) {
    let folder = root;
    for (const name of (feed.category ?? '').split('/').map((part) => part.trim()).filter((part) => part !== '')) {
      const next = folder.folders.get(name) ?? { feeds: [], folders: new Map() };
      folder.folders.set(name, next);
      folder = next;
    }
    folder.feeds.push(feed);
  }
  return root;
}

function renderFolder(folder: Folder, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, child] of folder.folders) {
    const label = escapeAttribute(name);
    lines.push(`${indent}<outline text="${label}" title="${label}">`, ...renderFolder(child, `${indent}  `), `${indent}</outline>`);
  }
  for (const feed of folder.feeds) {
    const label = escapeAttribute(feed.title ?? feed.url);
    const categories = feed.categories?.length ? ` category="${escapeAttribute(feed.categories.map((category) => `/${category}`).join(','))}"` : '';
    lines.push(`${indent}<outline type="rss" text="${label}" title="${label}" xmlUrl="${escapeAttribute(feed.url)}"${categories}/>`);
  }
  return lines;
}

/**
 * Writes an OPML 2.0 subscription list that Feedly, Inoreader, NetNewsWire
 * and {@link parseOpml} read back: one `type="rss"` outline per feed, inside
 * nested folder outlines for categories ("World/Americas").
 */
export function toOpml(feeds: readonly OpmlExportFeed[], title: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeAttribute(title)}</title>`,
    '  </head>',
    '  <body>',
    ...renderFolder(folderTree(feeds), '    '),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
