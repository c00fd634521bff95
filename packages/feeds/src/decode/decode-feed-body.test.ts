import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeedBody } from './decode-feed-body.js';

const TEXT = 'Café — “naïve” résumé €5';

function xml(encoding: string | undefined, body = TEXT): string {
  const prolog = encoding ? `<?xml version="1.0" encoding="${encoding}"?>` : '<?xml version="1.0"?>';
  return `${prolog}<rss version="2.0"><channel><title>${body}</title></channel></rss>`;
}

describe('decodeFeedBody', () => {
  it('defaults to UTF-8', () => {
    expect(decodeFeedBody(Buffer.from(xml(undefined)))).toContain(TEXT);
  });

  it('uses the Content-Type charset', () => {
    const bytes = iconv.encode(xml(undefined), 'windows-1252');
    expect(decodeFeedBody(bytes, 'application/rss+xml; charset=windows-1252')).toContain(TEXT);
    expect(decodeFeedBody(bytes, 'text/xml; Charset="Windows-1252"')).toContain(TEXT);
  });

  it('uses the XML prolog encoding when the header has none', () => {
    const bytes = iconv.encode(xml('windows-1252'), 'windows-1252');
    expect(decodeFeedBody(bytes, 'application/xml')).toContain(TEXT);
  });

  it('decodes ISO-8859-1 as windows-1252, so curly quotes and the euro sign survive', () => {
    const bytes = iconv.encode(xml('ISO-8859-1'), 'windows-1252');
    expect(bytes.includes(0x93)).toBe(true); // “ is 0x93 in windows-1252, a C1 control in ISO-8859-1
    expect(decodeFeedBody(bytes)).toContain(TEXT);
    expect(decodeFeedBody(bytes, 'text/xml; charset=iso-8859-1')).toContain(TEXT);
  });

  it('prefers the header over the prolog', () => {
    const bytes = Buffer.from(xml('ISO-8859-1'));
    expect(decodeFeedBody(bytes, 'text/xml; charset=utf-8')).toContain(TEXT);
  });

  it('honours a byte order mark above everything else', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('windows-1252'))]);
    expect(decodeFeedBody(utf8, 'text/xml; charset=iso-8859-1')).toBe(xml('windows-1252'));
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml('UTF-16'), 'utf-16le')]);
    expect(decodeFeedBody(utf16le)).toBe(xml('UTF-16'));
    const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(xml('UTF-16'), 'utf-16be')]);
    expect(decodeFeedBody(utf16be)).toBe(xml('UTF-16'));
  });

  it('recognises UTF-16 without a BOM from its NUL bytes', () => {
    expect(decodeFeedBody(iconv.encode(xml('UTF-16'), 'utf-16le'))).toBe(xml('UTF-16'));
    expect(decodeFeedBody(iconv.encode(xml('UTF-16'), 'utf-16be'))).toBe(xml('UTF-16'));
  });

  it('treats a UTF-16 prolog in ASCII-readable bytes as UTF-8', () => {
    expect(decodeFeedBody(Buffer.from(xml('UTF-16')))).toContain(TEXT);
  });

  it('reads an HTML meta charset', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>${TEXT}</title></head></html>`;
    expect(decodeFeedBody(iconv.encode(page, 'windows-1252'), 'text/html')).toContain(TEXT);
    const html5 = `<!doctype html><meta charset="iso-8859-1"><title>${TEXT}</title>`;
    expect(decodeFeedBody(iconv.encode(html5, 'windows-1252'))).toContain(TEXT);
  });

  it('falls back to UTF-8 for unknown charsets and never throws', () => {
    const bytes = Buffer.from(xml('x-made-up'));
    expect(decodeFeedBody(bytes, 'text/xml; charset=klingon')).toContain(TEXT);
    expect(() => decodeFeedBody(Buffer.from([0xff, 0x00, 0xc3, 0x28, 0xa0]), 'text/xml; charset=')).not.toThrow();
    expect(decodeFeedBody(Buffer.alloc(0))).toBe('');
  });
});
