import type { BodyGenerator } from './hostile-manifest.js';

const RSS_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Generated</title><link>http://example.org/</link>\n';
const RSS_TAIL = '</channel></rss>\n';

function item(index: number): string {
  return `<item><title>Generated item ${index}</title><link>http://example.org/items/${index}</link><guid>generated-${index}</guid><description>Body of item ${index}.</description></item>\n`;
}

/** Deterministic bytes (xorshift32) that start like a PNG: binary garbage, the same on every run. */
function binaryGarbage(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  Buffer.from('\x89PNG\r\n\x1a\n', 'latin1').copy(bytes);
  let state = 0x2545f491;
  for (let index = 8; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

/** The body of a generated fixture. */
export function generate(generator: BodyGenerator): Buffer {
  switch (generator) {
    case 'empty':
      return Buffer.alloc(0);
    case 'binary-garbage':
      return binaryGarbage(8 * 1024);
    case 'many-items':
      return Buffer.from(RSS_HEAD + Array.from({ length: 5_000 }, (_, index) => item(index)).join('') + RSS_TAIL);
    case 'deep-nesting': {
      const depth = 50_000;
      const nested = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
      return Buffer.from(`${RSS_HEAD}<item><title>Deep</title><description>${nested}</description></item>${RSS_TAIL}`);
    }
    case 'huge-title':
      return Buffer.from(`${RSS_HEAD}<item><title>${'Very long title '.repeat(65_536)}</title><guid>long</guid></item>${RSS_TAIL}`);
  }
}

/** Chunks of a never-ending valid RSS feed, for the `huge` mode: the head, then items forever. */
export function* hugeFeed(): Generator<string> {
  yield RSS_HEAD;
  for (let index = 0; ; index += 1) yield item(index);
}
