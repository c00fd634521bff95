import { Parser } from 'htmlparser2';

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'select']);

/** Elements that separate words, so "<p>a</p><p>b</p>" reads "a b", not "ab". */
const BREAKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'td', 'th', 'tr', 'ul',
]);

// C0/C1 controls other than tab, newline and carriage return, and the two
// non-characters: never meaningful in a title, and invalid in XML besides.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/**
 * Turns feed-supplied HTML into plain text: tags removed, entities decoded,
 * the contents of script, style and similar elements dropped, whitespace
 * collapsed. The result is safe to render as text and to score.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  const parts: string[] = [];
  let hiddenDepth = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (HIDDEN.has(name)) hiddenDepth += 1;
        else if (BREAKS.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        else if (BREAKS.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (hiddenDepth === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return collapseWhitespace(parts.join(''));
}

/**
 * Decodes HTML and XML character references in a string that is not markup
 * (an attribute value), with the attribute rules of HTML: "&copy=2" in a URL
 * stays as it is.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let decoded = text;
  const parser = new Parser(
    {
      onattribute(_name, value) {
        decoded = value;
      },
    },
    { decodeEntities: true },
  );
  parser.end(`<x a="${text.replace(/"/g, '&quot;')}">`);
  return decoded;
}

/**
 * Cuts text to at most `max` UTF-16 units (the unit zod's `max` counts),
 * ending with "…" when cut and never splitting a surrogate pair.
 */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
