import { describe, expect, it } from 'vitest';
import { itemId, storyId } from './ids.js';

describe('itemId', () => {
  it('prefers guid, then link, then text', () => {
    const byGuid = itemId('f1', { guid: 'g-1', link: 'https://a.test/1', title: 'A' });
    expect(itemId('f1', { guid: 'g-1', link: 'https://a.test/other', title: 'B' })).toBe(byGuid);
    const byLink = itemId('f1', { link: 'https://a.test/1', title: 'A' });
    expect(itemId('f1', { link: 'https://a.test/1', title: 'changed title' })).toBe(byLink);
    expect(itemId('f1', { title: 'Talks resume', summary: 'x' })).toBe(itemId('f1', { title: 'talks  RESUME!', summary: 'X' }));
  });

  it('differs between feeds and never contains a colon', () => {
    const a = itemId('feed-a', { guid: 'urn:uuid:1', title: '' });
    const b = itemId('feed-b', { guid: 'urn:uuid:1', title: '' });
    expect(a).not.toBe(b);
    expect(a).not.toContain(':');
    expect(a).toMatch(/^feed-a-[0-9a-f]{24}$/);
  });
});

describe('storyId', () => {
  it('joins copies of one headline across feeds regardless of case and punctuation', () => {
    expect(storyId('Navy strike kills 12 on boat', 'x')).toBe(storyId('NAVY STRIKE kills 12 on boat.', 'y'));
  });

  it('does not merge short or empty titles', () => {
    expect(storyId('', 'item-1')).not.toBe(storyId('', 'item-2'));
  });
});
