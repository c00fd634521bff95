import iconv from 'iconv-lite';

/** How far into the body we look for an XML prolog or an HTML meta charset. */
const SNIFF_BYTES = 2048;

// Browsers decode these labels as windows-1252 (WHATWG Encoding Standard),
// and so do feeds in the wild: "ISO-8859-1" bodies routinely contain
// windows-1252 curly quotes and dashes in 0x80–0x9F.
const WINDOWS_1252_ALIASES = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'cp819',
  'ibm819',
  'us-ascii',
  'ascii',
  'ansi_x3.4-1968',
  'iso-ir-100',
  'cp1252',
  'x-cp1252',
]);

/** Maps a declared charset label to one iconv-lite can decode, or undefined when unknown. */
function canonicalCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (name === '') return undefined;
  if (WINDOWS_1252_ALIASES.has(name)) return 'windows-1252';
  if (name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  if (name === 'utf-16' || name === 'unicode' || name === 'ucs-2') return 'utf-16le';
  return iconv.encodingExists(name) ? name : undefined;
}

function charsetFromBom(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 without a BOM still shows itself: "<?" is 00 3C 00 3F or 3C 00 3F 00. */
function charsetFromNulPattern(bytes: Buffer): string | undefined {
  if (bytes.length < 4) return undefined;
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00) return 'utf-16be';
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[3] === 0x00) return 'utf-16le';
  return undefined;
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;,\s]+)/i.exec(contentType ?? '');
  return canonicalCharset(match?.[1]);
}

/**
 * A declaration found by reading the bytes as ASCII can only be an
 * ASCII-compatible charset: if it says UTF-16, the bytes prove otherwise
 * (the WHATWG rule for meta charset), so UTF-8 is the better guess.
 */
function asciiCompatible(charset: string | undefined): string | undefined {
  return charset?.startsWith('utf-16') ? 'utf-8' : charset;
}

function charsetFromXmlProlog(head: string): string | undefined {
  const match = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return asciiCompatible(canonicalCharset(match?.[1]));
}

function charsetFromHtmlMeta(head: string): string | undefined {
  const direct = /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return asciiCompatible(canonicalCharset(direct?.[1]));
}

/**
 * Decodes a feed body to text. The charset comes from, in order: a byte
 * order mark; the Content-Type header's `charset`; the XML prolog's
 * `encoding`; an HTML `<meta charset>` (or http-equiv Content-Type); else
 * UTF-8. ISO-8859-1 and US-ASCII are decoded as windows-1252, as browsers do.
 * Unknown or unsupported charsets fall back to UTF-8; invalid bytes become
 * U+FFFD. Never throws.
 */
export function decodeFeedBody(bytes: Buffer, contentType?: string): string {
  const fromBom = charsetFromBom(bytes);
  if (fromBom) return iconv.decode(bytes, fromBom, { stripBOM: true });
  const head = bytes.subarray(0, SNIFF_BYTES).toString('latin1');
  const charset =
    charsetFromContentType(contentType) ??
    charsetFromNulPattern(bytes) ??
    charsetFromXmlProlog(head) ??
    charsetFromHtmlMeta(head) ??
    'utf-8';
  return iconv.decode(bytes, charset, { stripBOM: true });
}
