import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { EgressError } from './egress-error.js';
import { decompressionFailure, tooLarge } from './failures.js';

/** Sent with every request; exactly the encodings {@link decompress} understands. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

// Truncated streams are common on flaky servers; browsers show what arrived,
// so we flush what was decoded instead of failing on a missing trailer.
const ZLIB_LENIENT = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_LENIENT = { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH };

async function decodeOne(body: Buffer, encoding: string, maxOutputLength: number): Promise<Buffer> {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return gunzip(body, { ...ZLIB_LENIENT, maxOutputLength });
    case 'deflate':
      // "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw
      // deflate; browsers accept both, so do we.
      try {
        return await inflate(body, { ...ZLIB_LENIENT, maxOutputLength });
      } catch (error) {
        if (isTooLarge(error)) throw error;
        return inflateRaw(body, { ...ZLIB_LENIENT, maxOutputLength });
      }
    case 'br':
      return brotli(body, { ...BROTLI_LENIENT, maxOutputLength });
    default:
      throw Object.assign(new Error(`unsupported content encoding "${encoding}"`), { code: 'ERR_UNSUPPORTED_ENCODING' });
  }
}

function isTooLarge(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE');
}

/**
 * Undoes the Content-Encoding of a body. zlib stops as soon as the output
 * passes `maxBytes` (its `maxOutputLength`), so a small compressed bomb never
 * grows past the cap in memory.
 */
export async function decompress(body: Buffer, contentEncoding: string | undefined, url: URL, maxBytes: number): Promise<Buffer> {
  const encodings = (contentEncoding ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '' && part !== 'identity');
  if (body.length === 0 || encodings.length === 0) return body;
  let decoded = body;
  // Encodings are listed in the order they were applied; undo the last first.
  for (const encoding of encodings.reverse()) {
    try {
      decoded = await decodeOne(decoded, encoding, maxBytes);
    } catch (error) {
      if (error instanceof EgressError) throw error;
      if (isTooLarge(error)) throw tooLarge(url, maxBytes);
      throw decompressionFailure(url, encoding, error);
    }
  }
  return decoded;
}
