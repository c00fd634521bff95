import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../feed-parse-error.js';
import { parseFeed } from './parse-feed.js';

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:a10="http://www.w3.org/2005/Atom">
  <channel>
    <title>Harbour &amp; Wire</title>
    <link>https://harbour.example/</link>
    <item>
      <title>Leaders agree to &lt;b&gt;talks&lt;/b&gt;</title>
      <link>/news/talks</link>
      <guid isPermaLink="false">hw-1</guid>
      <pubDate>Tue, 04 Mar 2025 10:00:00 +0100</pubDate>
      <dc:creator>Ana Ruiz</dc:creator>
      <category>Diplomacy</category>
      <category domain="x">Diplomacy</category>
      <description><![CDATA[<p>The first <em>direct</em> call in a year.</p>]]></description>
    </item>
    <item>
      <title>Content only</title>
      <guid>https://harbour.example/news/2</guid>
      <a10:updated>2025-03-05T08:00:00Z</a10:updated>
      <content:encoded><![CDATA[<div>Full text <script>x()</script>here.</div>]]></content:encoded>
      <author>desk@harbour.example (Night Desk)</author>
    </item>
  </channel>
</rss>`;

describe('parseFeed: RSS 2.0', () => {
  it('extracts plain-text items with absolute links, dates, authors and categories', async () => {
    const feed = await parseFeed(RSS2);
    expect(feed).toMatchObject({ format: 'rss', title: 'Harbour & Wire', link: 'https://harbour.example/' });
    expect(feed.items).toEqual([
      {
        guid: 'hw-1',
        link: 'https://harbour.example/news/talks',
        title: 'Leaders agree to talks',
        summary: 'The first direct call in a year.',
        author: 'Ana Ruiz',
        publishedAt: '2025-03-04T09:00:00.000Z',
        categories: ['Diplomacy'],
      },
      {
        guid: 'https://harbour.example/news/2',
        // An RSS guid is a permalink unless isPermaLink="false".
        link: 'https://harbour.example/news/2',
        title: 'Content only',
        summary: 'Full text here.',
        author: 'Night Desk',
        // Atom under a non-standard prefix (.NET writes a10:) is still read.
        publishedAt: '2025-03-05T08:00:00.000Z',
        categories: [],
      },
    ]);
  });
});

describe('parseFeed: other formats', () => {
  it('reads RSS 0.91 with its DOCTYPE and HTML entities', async () => {
    const rss091 = `<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old&nbsp;School</title><link>http://old.example/</link>
<item><title>Caf&eacute; opens</title><link>http://old.example/1</link><description>Net&nbsp;news</description></item>
</channel></rss>`;
    const feed = await parseFeed(rss091);
    expect(feed.format).toBe('rss');
    expect(feed.items).toEqual([{ title: 'Café opens', link: 'http://old.example/1', summary: 'Net news', categories: [] }]);
  });

  it('reads RDF (RSS 1.0) with Dublin Core dates', async () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://rdf.example/"><title>RDF Desk</title><link>http://rdf.example/</link></channel>
  <item rdf:about="http://rdf.example/1"><title>Item one</title><link>http://rdf.example/1</link><dc:date>2025-03-04T10:00:00Z</dc:date><dc:subject>Sanctions</dc:subject></item>
</rdf:RDF>`;
    const feed = await parseFeed(rdf);
    expect(feed).toMatchObject({ format: 'rdf', title: 'RDF Desk' });
    expect(feed.items).toEqual([
      { title: 'Item one', link: 'http://rdf.example/1', publishedAt: '2025-03-04T10:00:00.000Z', categories: ['Sanctions'] },
    ]);
  });

  it('reads Atom 1.0 with xml:base, typed text and alternate links', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/">
  <title type="text">A &lt;literal&gt; title</title>
  <link rel="self" href="https://atom.example/feed.atom"/><link href="/"/>
  <entry xml:base="2025/">
    <title type="html">&lt;em&gt;Strike&lt;/em&gt; reported</title>
    <id>entry-1</id>
    <link rel="enclosure" href="audio.mp3"/><link rel="alternate" type="text/html" href="strike.html"/>
    <published>2025-03-04T10:00:00-05:00</published><updated>2025-03-05T00:00:00Z</updated>
    <author><name>Field Team</name></author>
    <category term="military" label="Military"/>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Two <b>sites</b> hit.</p></div></summary>
  </entry>
</feed>`;
    const feed = await parseFeed(atom);
    expect(feed).toMatchObject({ format: 'atom', title: 'A <literal> title', link: 'https://atom.example/' });
    expect(feed.items).toEqual([
      {
        guid: 'https://atom.example/blog/2025/entry-1',
        link: 'https://atom.example/blog/2025/strike.html',
        title: 'Strike reported',
        summary: 'Two sites hit.',
        author: 'Field Team',
        publishedAt: '2025-03-04T15:00:00.000Z',
        categories: ['military'],
      },
    ]);
  });

  it('reads Atom 0.3 with issued dates and base64 content', async () => {
    const atom03 = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
  <entry><title mode="escaped" type="text/html">&lt;b&gt;Bold&lt;/b&gt;</title><issued>2004-01-01T19:48:21Z</issued>
  <summary mode="base64">SGVsbG8gd29ybGQ=</summary><link rel="alternate" href="http://old-atom.example/1"/></entry></feed>`;
    const feed = await parseFeed(atom03);
    expect(feed.items).toEqual([
      { title: 'Bold', summary: 'Hello world', link: 'http://old-atom.example/1', publishedAt: '2004-01-01T19:48:21.000Z', categories: [] },
    ]);
  });

  it('reads JSON Feed 1.0 and 1.1', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'JSON',
      home_page_url: 'https://json.example/',
      items: [{ id: 'a', url: 'https://json.example/a', title: 'T', summary: 'S', content_html: '<p>C</p>', author: { name: 'Old style' }, tags: ['x'] }],
    });
    expect(await parseFeed(json)).toEqual({
      format: 'json',
      title: 'JSON',
      link: 'https://json.example/',
      items: [{ guid: 'a', link: 'https://json.example/a', title: 'T', summary: 'S', author: 'Old style', categories: ['x'] }],
    });
  });
});

describe('parseFeed: normalisation rules', () => {
  it('resolves relative links against the feed link, else the document URL, and drops non-http links', async () => {
    const rss = `<rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>a.html</link></item>
<item><title>b</title><link>javascript:alert(1)</link></item>
<item><title>c</title><link>data:text/html,hi</link></item></channel></rss>`;
    const feed = await parseFeed(rss, { url: 'https://doc.example/feeds/rss.xml' });
    expect(feed.items.map((item) => item.link)).toEqual(['https://doc.example/feeds/a.html', undefined, undefined]);
  });

  it('drops items with neither title nor summary and keeps those without guid or link', async () => {
    const rss = `<rss version="2.0"><channel>
<item><guid>only-guid</guid><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>
<item><description>text only</description></item></channel></rss>`;
    expect((await parseFeed(rss)).items).toEqual([{ title: '', summary: 'text only', categories: [] }]);
  });

  it('keeps an empty but valid feed', async () => {
    expect(await parseFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>')).toEqual({ format: 'rss', title: 'Quiet', items: [] });
    expect(await parseFeed('<rss version="2.0"></rss>')).toEqual({ format: 'rss', items: [] });
  });
});

describe('parseFeed: refusals', () => {
  it.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['\u0089PNG\r\n\u001a\n\u0000\u0000', 'not_a_feed'],
    ['<!DOCTYPE html><html><body>hi</body></html>', 'not_a_feed'],
    ['<html><head><title>x</title></head></html>', 'not_a_feed'],
    ['<?xml version="1.0"?><note><to>you</to></note>', 'not_a_feed'],
    ['{"not": "a feed"}', 'not_a_feed'],
    ['{"items": [', 'malformed'],
    ['<rss version="2.0"><channel><title>Broken</title><description>a < b</channel>', 'malformed'],
    ['<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss version="2.0"><channel><title>&a;</title></channel></rss>', 'unsafe_xml'],
  ])('refuses %j with %s', async (text, code) => {
    const error = await parseFeed(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error).toMatchObject({ code });
  });

  it('answers quickly on a pathological prolog', async () => {
    const started = Date.now();
    await parseFeed(`${'<!-- -->'.repeat(20_000)}${' '.repeat(50_000)}x`).catch(() => undefined);
    await parseFeed(`<?xml ${'?'.repeat(100_000)}`).catch(() => undefined);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
