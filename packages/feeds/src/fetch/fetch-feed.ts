import type { EgressClient, EgressResponse } from '@tension/egress';
import { redactUrl } from '@tension/core';
import { EgressError } from '@tension/egress';
import { decodeFeedBody } from '../decode/decode-feed-body.js';
import { FeedFetchError } from '../feed-fetch-error.js';
import { FeedParseError } from '../feed-parse-error.js';
import { parseFeed } from '../parse/parse-feed.js';
import type { FeedValidators } from '@tension/core';
import type { ParsedFeed } from '../types.js';
import { httpFailure } from './http-failure.js';

/** Feed types first; anything else last, since many servers label feeds text/xml or text/html. */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.5, */*;q=0.1';

/** The outcome of a successful poll. Failures are thrown as {@link FeedFetchError}. */
export type FetchFeedResult =
  | { kind: 'not-modified'; status: 304; finalUrl: string; permanentRedirect?: string }
  | {
      kind: 'ok';
      status: number;
      feed: ParsedFeed;
      /** Validators to send next time (empty when the server gave none). */
      validators: FeedValidators;
      finalUrl: string;
      /** Every redirect from the start was permanent: store this URL instead. */
      permanentRedirect?: string;
      /** Size of the (decompressed) body. */
      bytes: number;
    };

/** Options for {@link fetchFeed}. */
export interface FetchFeedOptions {
  signal?: AbortSignal;
  /** Extra Accept types, for callers that also take HTML pages (autodiscovery). */
  accept?: string;
}

/** Egress failures keep their code and message; the URL is already redacted in them. */
function fromEgress(error: unknown, url: string): never {
  if (error instanceof EgressError) throw new FeedFetchError(error.code, error.message, { url: redactUrl(url), cause: error });
  throw error;
}

/** Sends a conditional GET for a feed and turns unusable statuses into errors; 304 is returned. */
export async function requestFeed(
  client: EgressClient,
  url: string,
  validators: FeedValidators,
  options: FetchFeedOptions = {},
): Promise<EgressResponse> {
  const headers: Record<string, string> = { accept: options.accept ?? FEED_ACCEPT };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const init = options.signal ? { headers, signal: options.signal } : { headers };
  const response = await client.request(url, init).catch((error: unknown) => fromEgress(error, url));
  if (response.status === 304 || (response.status >= 200 && response.status < 300)) return response;
  throw httpFailure(response, url);
}

/** Decodes and parses a response body; parse failures become FeedFetchErrors with the same code. */
export async function parseResponse(response: EgressResponse, requestedUrl: string): Promise<ParsedFeed> {
  const text = decodeFeedBody(response.body, response.headers['content-type']);
  try {
    return await parseFeed(text, { url: response.url });
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    throw new FeedFetchError(error.code, error.message, { url: redactUrl(requestedUrl), status: response.status, cause: error });
  }
}

function validatorsOf(response: EgressResponse): FeedValidators {
  const validators: FeedValidators = {};
  const etag = response.headers.etag?.trim();
  const lastModified = response.headers['last-modified']?.trim();
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return validators;
}

/**
 * Polls a feed: a conditional GET (If-None-Match / If-Modified-Since from
 * `validators`) through the egress client, then decode, parse and normalise.
 * A 304 comes back as `not-modified`; every failure — network, HTTP status,
 * parse — is a {@link FeedFetchError} whose message can be shown as is.
 */
export async function fetchFeed(
  client: EgressClient,
  url: string,
  validators: FeedValidators = {},
  options: FetchFeedOptions = {},
): Promise<FetchFeedResult> {
  const response = await requestFeed(client, url, validators, options);
  const redirect = response.permanentRedirect ? { permanentRedirect: response.permanentRedirect } : {};
  if (response.status === 304) return { kind: 'not-modified', status: 304, finalUrl: response.url, ...redirect };
  const feed = await parseResponse(response, url);
  return {
    kind: 'ok',
    status: response.status,
    feed,
    validators: validatorsOf(response),
    finalUrl: response.url,
    bytes: response.body.length,
    ...redirect,
  };
}
