import type { EgressClient } from '@tension/egress';
import { redactUrl } from '@tension/core';
import { decodeFeedBody } from '../decode/decode-feed-body.js';
import { FeedFetchError } from '../feed-fetch-error.js';
import { FEED_ACCEPT, fetchFeed, parseResponse, requestFeed } from '../fetch/fetch-feed.js';
import type { ParsedFeed } from '../types.js';
import { discoverFeeds } from './discover-feeds.js';

/** A feed found from a URL the user gave: its own URL and its content. */
export interface FoundFeed {
  /** The URL to store: the feed's own, after permanent redirects. */
  feedUrl: string;
  feed: ParsedFeed;
}

/** Pages are welcome too: the user may give a site's address. */
const FEED_OR_PAGE_ACCEPT = `${FEED_ACCEPT.replace(', */*;q=0.1', '')}, text/html;q=0.7, */*;q=0.1`;

/**
 * Fetches `url`; if it is a feed, returns it; if it is an HTML page, follows
 * the first feed the page announces (one hop only). Throws
 * {@link FeedFetchError} when neither gives a feed.
 */
export async function findFeed(client: EgressClient, url: string, options: { signal?: AbortSignal } = {}): Promise<FoundFeed> {
  const fetchOptions = options.signal ? { accept: FEED_OR_PAGE_ACCEPT, signal: options.signal } : { accept: FEED_OR_PAGE_ACCEPT };
  const response = await requestFeed(client, url, {}, fetchOptions);
  try {
    return { feedUrl: response.permanentRedirect ?? url, feed: await parseResponse(response, url) };
  } catch (error) {
    if (!(error instanceof FeedFetchError) || error.code !== 'not_a_feed') throw error;
    const page = decodeFeedBody(response.body, response.headers['content-type']);
    const [first] = discoverFeeds(page, response.url);
    if (!first) {
      throw new FeedFetchError(
        'not_a_feed',
        `${redactUrl(url)} is not a feed, and it does not link to one (no <link rel="alternate"> for RSS, Atom or JSON Feed). Find the feed's address on the site and add that.`,
        { url: redactUrl(url), status: response.status, cause: error },
      );
    }
    const result = await fetchFeed(client, first.url, {}, options.signal ? { signal: options.signal } : {});
    if (result.kind !== 'ok') {
      // We sent no validators, so a 304 is the server misbehaving.
      const message = `${redactUrl(first.url)} answered "304 Not Modified" to a request that had nothing to compare against. The server is misbehaving; try again later.`;
      throw new FeedFetchError('http_status', message, { url: redactUrl(first.url), status: 304 });
    }
    return { feedUrl: result.permanentRedirect ?? first.url, feed: result.feed };
  }
}
