import { TensionError } from '@tension/core';
import type { EgressErrorCode } from '@tension/egress';
import type { FeedParseErrorCode } from './feed-parse-error.js';

/** Failures that are about the HTTP answer itself. */
export type HttpFailureCode = 'http_status' | 'gone' | 'rate_limited' | 'unavailable';

/**
 * Why fetching a feed failed: an HTTP answer we cannot use, or an egress or
 * parse failure passed through with its own code.
 */
export type FeedFetchErrorCode = HttpFailureCode | EgressErrorCode | FeedParseErrorCode;

/** Context a {@link FeedFetchError} carries besides its message. */
export interface FeedFetchErrorOptions {
  url: string;
  status?: number;
  /** How long the server asked us to wait (Retry-After), when it said. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * A feed could not be fetched or read. `message` is the plain-words text to
 * store on the feed; `status` and `retryAfterMs` feed the backoff.
 */
export class FeedFetchError extends TensionError {
  declare readonly code: FeedFetchErrorCode;
  /** The URL that was requested (credentials removed). */
  readonly url: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(code: FeedFetchErrorCode, message: string, options: FeedFetchErrorOptions) {
    const details = { url: options.url, status: options.status, retryAfterMs: options.retryAfterMs };
    super(code, message, { cause: options.cause, details });
    this.url = options.url;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}
