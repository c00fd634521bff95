import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOpml } from './parse-opml.js';
import { toOpml } from './to-opml.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/opml/${name}`, import.meta.url), 'utf8');
}

describe('parseOpml', () => {
  it('reads a Feedly-style export with folders as categories', () => {
    expect(parseOpml(fixture('feedly-style.opml'))).toEqual({
      feeds: [
        { url: 'https://caracas-ledger.example/rss.xml', title: 'Caracas Ledger', category: 'Americas' },
        { url: 'https://gcm.example/feed/', title: 'Gulf & Caribbean Monitor', category: 'Americas' },
        { url: 'https://harbourwire.example/world/atom.xml', title: 'Harbour Wire — World', category: 'Wire services' },
      ],
      duplicates: [],
      invalid: [],
    });
  });

  it('reports duplicates from an Inoreader-style export and keeps unfiled feeds without a category', () => {
    const result = parseOpml(fixture('inoreader-style.opml'));
    expect(result.feeds.map((feed) => feed.url)).toEqual([
      'https://caracas-ledger.example/rss.xml',
      'http://andes-desk.example/index.rdf',
      'https://pod.example/feed.json',
    ]);
    expect(result.feeds[2]).toEqual({ url: 'https://pod.example/feed.json', title: 'Unfiled Podcast' });
    expect(result.duplicates).toEqual([{ url: 'https://caracas-ledger.example/rss.xml', title: 'Caracas Ledger (again)' }]);
  });

  it('reads a NetNewsWire-style export: nested folders, feed: URLs, odd attribute case, entries without xmlUrl', () => {
    const result = parseOpml(fixture('netnewswire-style.opml'));
    expect(result.feeds).toEqual([
      { url: 'https://gcm.example/feed/', title: 'Gulf & Caribbean Monitor', category: 'Americas' },
      { url: 'http://border.example/rss', title: 'Border Notes', category: 'Americas' },
      { url: 'https://isla.example/atom', title: 'Isla Radio', category: 'Americas/Regional' },
      { url: 'https://harbourwire.example/world/atom.xml', title: 'Harbour Wire — World' },
    ]);
    expect(result.invalid).toEqual([{ title: 'Broken entry', reason: 'the outline has no feed address (xmlUrl)' }]);
  });

  it('reports entries whose address is not http(s)', () => {
    const opml = '<opml version="2.0"><body><outline text="x" xmlUrl="javascript:alert(1)"/></body></opml>';
    expect(parseOpml(opml).invalid).toEqual([{ title: 'x', xmlUrl: 'javascript:alert(1)', reason: 'the feed address is not an http(s) URL' }]);
  });

  it.each([
    ['', 'empty'],
    ['<opml><body><outline text="x"></body>', 'malformed'],
    ['<rss version="2.0"><channel/></rss>', 'not_opml'],
    ['<!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>', 'unsafe_xml'],
  ])('refuses %j with %s', (text, code) => {
    expect(() => parseOpml(text)).toThrow(expect.objectContaining({ code }));
  });
});

describe('toOpml', () => {
  const feeds = [
    { url: 'https://a.example/rss?x=1&y=2', title: 'A & "B" <C>', category: 'World/Americas' },
    { url: 'https://b.example/atom', title: 'Caf&eacute; — ’', category: 'World' },
    { url: 'https://c.example/feed.json', title: 'Unfiled' },
  ];

  it('writes OPML 2.0 with escaped attributes and nested folders', () => {
    const opml = toOpml(feeds, 'Tension <Monitor> & co');
    expect(opml).toContain('<opml version="2.0">');
    expect(opml).toContain('<title>Tension &lt;Monitor&gt; &amp; co</title>');
    expect(opml).toContain('xmlUrl="https://a.example/rss?x=1&amp;y=2"');
    expect(opml).toContain('title="A &amp; &quot;B&quot; &lt;C&gt;"');
  });

  it('writes titles on one line', () => {
    expect(toOpml([{ url: 'https://x.example/', title: ' Line\n\tbreak ' }], 'T')).toContain('title="Line break"');
  });

  it('round-trips with parseOpml', () => {
    const back = parseOpml(toOpml(feeds, 'Export'));
    expect(back.duplicates).toEqual([]);
    expect(back.invalid).toEqual([]);
    expect(back.feeds).toEqual(expect.arrayContaining(feeds));
    expect(back.feeds).toHaveLength(feeds.length);
  });

  it("round-trips an outline's own categories (OPML 2.0 `category`) apart from its folder", () => {
    const tagged = [{ url: 'https://d.example/rss', title: 'Tagged', category: 'World', categories: ['us-venezuela', 'caribbean'] }];
    const opml = toOpml(tagged, 'Export');
    expect(opml).toContain('category="/us-venezuela,/caribbean"');
    expect(parseOpml(opml).feeds).toEqual(tagged);
    const reader = '<opml version="2.0"><body><outline type="rss" text="R" xmlUrl="https://r.example/" category="/News/World, ,/sahel"/></body></opml>';
    expect(parseOpml(reader).feeds[0]?.categories).toEqual(['News/World', 'sahel']);
  });

  it.each(['feedly-style.opml', 'inoreader-style.opml', 'netnewswire-style.opml'])('round-trips what it read from %s', (name) => {
    const first = parseOpml(fixture(name)).feeds;
    expect(parseOpml(toOpml(first, 'Export')).feeds).toEqual(expect.arrayContaining(first));
    expect(parseOpml(toOpml(first, 'Export')).feeds).toHaveLength(first.length);
  });
});
