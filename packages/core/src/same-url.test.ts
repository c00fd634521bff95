import { describe, expect, it } from 'vitest';
import { sameUrl } from './same-url.js';

describe('sameUrl', () => {
  it('ignores host case, a trailing slash and the fragment', () => {
    expect(sameUrl('https://News.Example/feed/', 'https://news.example/feed')).toBe(true);
    expect(sameUrl('https://news.example/feed#top', 'https://news.example/feed')).toBe(true);
  });

  it('tells apart scheme, port, path and query', () => {
    expect(sameUrl('http://news.example/feed', 'https://news.example/feed')).toBe(false);
    expect(sameUrl('https://news.example:8443/feed', 'https://news.example/feed')).toBe(false);
    expect(sameUrl('https://news.example/feed/world', 'https://news.example/feed')).toBe(false);
    expect(sameUrl('https://news.example/feed?lang=es', 'https://news.example/feed')).toBe(false);
  });
});
