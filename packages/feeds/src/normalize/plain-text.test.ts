import { describe, expect, it } from 'vitest';
import { capLength, collapseWhitespace, htmlToText } from './plain-text.js';

describe('htmlToText', () => {
  it('strips tags and decodes entities', () => {
    expect(htmlToText('<p>Fish &amp; <b>Chips</b> &lt;3 &eacute;t&eacute; &#8212; &#x2019;</p>')).toBe('Fish & Chips <3 été — ’');
  });

  it('drops script and style contents entirely', () => {
    const html = 'Before<script>alert("x")</script><style>p{color:red}</style><noscript>nojs</noscript> after';
    expect(htmlToText(html)).toBe('Before after');
  });

  it('separates block elements and line breaks by a space', () => {
    expect(htmlToText('<p>One</p><p>Two</p>Three<br>Four<li>Five</li>')).toBe('One Two Three Four Five');
    expect(htmlToText('Hel<b>lo</b>')).toBe('Hello');
  });

  it('collapses whitespace, no-break spaces included, and removes control characters', () => {
    expect(htmlToText('  a\n\t b&nbsp;&nbsp;c\u0008d ')).toBe('a b cd');
  });

  it('survives broken markup', () => {
    expect(htmlToText('<div><p>unclosed <b>bold <i>italic')).toBe('unclosed bold italic');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('<script>never closed')).toBe('');
  });

  it('leaves text without markup alone apart from whitespace', () => {
    expect(htmlToText('  plain   text ')).toBe('plain text');
  });
});

describe('collapseWhitespace', () => {
  it('keeps angle brackets, since it is for text that is not HTML', () => {
    expect(collapseWhitespace(' <b>literal</b>\n')).toBe('<b>literal</b>');
  });
});

describe('capLength', () => {
  it('keeps short text and cuts long text with an ellipsis within the limit', () => {
    expect(capLength('short', 10)).toBe('short');
    const cut = capLength('x'.repeat(50), 10);
    expect(cut).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never leaves half a surrogate pair', () => {
    const cut = capLength('aaaaaaaa😀😀😀', 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut).not.toMatch(/[\ud800-\udbff]…$/);
  });
});
