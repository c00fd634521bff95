import type { IncomingMessage } from 'node:http';
import { tooLarge } from './failures.js';

/**
 * Reads the raw (still compressed) body, failing with `too_large` the moment
 * it passes `maxBytes` — or before reading anything when Content-Length
 * already says it will. Network errors are left to the caller to map.
 */
export function readWireBody(response: IncomingMessage, url: URL, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge(url, maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    response.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        response.destroy();
        reject(tooLarge(url, maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    response.once('end', () => resolve(Buffer.concat(chunks, received)));
    response.on('error', reject);
    // A socket destroyed mid-body (our timeout, a reset) closes without 'end'.
    response.once('close', () => {
      if (!response.complete) reject(Object.assign(new Error('response closed early'), { code: 'ECONNRESET' }));
    });
  });
}
