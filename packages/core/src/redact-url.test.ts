import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.js';

describe('redactUrl', () => {
  it('removes user name and password', () => {
    expect(redactUrl('https://alice:s3cret@example.org/feed.xml')).toBe('https://example.org/feed.xml');
  });

  it('masks credential-looking query parameters and keeps the rest', () => {
    const shown = redactUrl('https://example.org/rss?category=world&api_key=abc123&token=t0k');
    expect(shown).toContain('category=world');
    expect(shown).not.toContain('abc123');
    expect(shown).not.toContain('t0k');
  });

  it('hides the password of a Redis URL but keeps where it points', () => {
    expect(redactUrl('redis://default:hunter2@cache.internal:6380/2')).toBe('redis://***@cache.internal:6380/2');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('never prints what precedes an @ in strings that are not URLs', () => {
    expect(redactUrl('alice:s3cret@exa mple')).not.toContain('s3cret');
  });
});
