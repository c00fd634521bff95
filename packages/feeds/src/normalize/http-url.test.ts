import { describe, expect, it } from 'vitest';
import { toHttpUrl } from './http-url.js';

describe('toHttpUrl', () => {
  it('keeps absolute http(s) URLs, trimmed', () => {
    expect(toHttpUrl('  https://example.org/a?b=1 ')).toBe('https://example.org/a?b=1');
  });

  it('resolves relative references against the base', () => {
    expect(toHttpUrl('post/1', 'http://example.org/feeds/')).toBe('http://example.org/feeds/post/1');
    expect(toHttpUrl('/post/1', 'http://example.org/feeds/rss.xml')).toBe('http://example.org/post/1');
    expect(toHttpUrl('//cdn.example.org/x', 'https://example.org/')).toBe('https://cdn.example.org/x');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'mailto:a@b.c', 'ftp://example.org/x', 'file:///etc/passwd'])(
    'drops %s',
    (raw) => {
      expect(toHttpUrl(raw, 'https://example.org/')).toBeUndefined();
    },
  );

  it('drops relative references without a usable base, empty values and over-long URLs', () => {
    expect(toHttpUrl('post/1')).toBeUndefined();
    expect(toHttpUrl('post/1', 'not a base')).toBeUndefined();
    expect(toHttpUrl('   ')).toBeUndefined();
    expect(toHttpUrl(`https://example.org/${'x'.repeat(3000)}`)).toBeUndefined();
  });
});
