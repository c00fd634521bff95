import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.js';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    expect(safeHttpUrl('http://news.example')).toBe('http://news.example/');
  });

  it('refuses script, data and other schemes, relative and broken URLs', () => {
    for (const value of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd', '/relative', 'not a url', '', undefined]) {
      expect(safeHttpUrl(value)).toBeUndefined();
    }
  });
});
