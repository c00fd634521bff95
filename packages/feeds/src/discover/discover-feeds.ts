import { Parser } from 'htmlparser2';
import { toHttpUrl } from '../normalize/http-url.js';
import { collapseWhitespace } from '../normalize/plain-text.js';

/** A feed a page links to. */
export interface DiscoveredFeed {
  /** Absolute http(s) URL. */
  url: string;
  title?: string;
  /** The MIME type the page declared, lower-case. */
  type: string;
}

/** Feed types announced with `<link rel="alternate">`. Plain application/json is left out: WordPress uses it for its REST API. */
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);

/**
 * Finds the feeds an HTML page announces with
 * `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`,
 * resolved against `<base href>` or the page URL, deduplicated, in page order.
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  let base = pageUrl;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href) {
          base = toHttpUrl(attributes.href, pageUrl) ?? base;
          return;
        }
        if (name !== 'link') return;
        const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        const type = (attributes.type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (!rels.includes('alternate') || !FEED_TYPES.has(type)) return;
        const url = toHttpUrl(attributes.href, base);
        if (!url || seen.has(url)) return;
        seen.add(url);
        const title = collapseWhitespace(attributes.title ?? '');
        found.push(title ? { url, title, type } : { url, type });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}
