import { describe, expect, it } from 'vitest';
import { discoverFeeds } from './discover-feeds.js';

describe('discoverFeeds', () => {
  it('finds RSS, Atom and JSON feeds in page order, absolute and deduplicated', () => {
    const html = `<!doctype html><html><head>
      <LINK REL="alternate" TYPE="application/rss+xml" TITLE="News &amp; views" HREF="/feed/">
      <link rel="alternate" type="application/atom+xml" href="https://example.org/atom.xml" title="Atom">
      <link rel="alternate" type="application/feed+json" href="feed.json">
      <link rel="alternate" type="application/rss+xml" href="https://example.org/feed/">
      <link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="stylesheet" type="text/css" href="/style.css">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    </head><body></body></html>`;
    expect(discoverFeeds(html, 'https://example.org/blog/post')).toEqual([
      { url: 'https://example.org/feed/', title: 'News & views', type: 'application/rss+xml' },
      { url: 'https://example.org/atom.xml', title: 'Atom', type: 'application/atom+xml' },
      { url: 'https://example.org/blog/feed.json', type: 'application/feed+json' },
    ]);
  });

  it('resolves against <base href> and accepts rel lists and type parameters', () => {
    const html = `<base href="https://cdn.example.org/site/"><link rel="Alternate feed" type="application/rss+xml; charset=utf-8" href="rss">`;
    expect(discoverFeeds(html, 'https://example.org/')).toEqual([{ url: 'https://cdn.example.org/site/rss', type: 'application/rss+xml' }]);
  });

  it('returns nothing for pages without feeds or for garbage', () => {
    expect(discoverFeeds('<html><body>No feeds here</body></html>', 'https://example.org/')).toEqual([]);
    expect(discoverFeeds('\u0000\u0001<<<>>>', 'https://example.org/')).toEqual([]);
  });
});
