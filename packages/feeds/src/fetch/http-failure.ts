import { STATUS_CODES } from 'node:http';
import type { EgressResponse } from '@tension/egress';
import { redactUrl } from '@tension/core';
import { FeedFetchError } from '../feed-fetch-error.js';
import { describeDelay, parseRetryAfter } from './retry-after.js';

/** What to tell the user for statuses with a clear meaning; `{status}` is e.g. "404 Not Found". */
const EXPLANATIONS: Readonly<Record<number, string>> = {
  400: 'The server rejected our request ({status}). Check the URL.',
  401: 'The feed needs a login ({status}). Only public feeds can be followed.',
  403: 'The server refuses to give us this feed ({status}). It may block automated readers; check the URL in a browser.',
  404: 'The server says this feed does not exist ({status}). Check the URL.',
  406: 'The server has no version of this page that is a feed ({status}). Check that the URL points at the feed.',
  408: 'The server gave up waiting for our request ({status}). It will be tried again later.',
  410: 'The server says this feed is gone for good ({status}). Remove it, or find the site\'s new feed.',
  451: 'The server says this feed is unavailable for legal reasons ({status}).',
  500: 'The site had an internal error ({status}). This is the site\'s problem; it will be tried again later.',
  502: 'A gateway in front of the site failed ({status}). This is usually temporary; it will be tried again later.',
  504: 'A gateway in front of the site timed out ({status}). This is usually temporary; it will be tried again later.',
};

function statusWords(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `${status} ${reason}` : `HTTP ${status}`;
}

function explain(status: number): string {
  const words = statusWords(status);
  const template = EXPLANATIONS[status];
  if (template) return template.replace('{status}', words);
  if (status >= 300 && status < 400) return `The server answered with a redirect we could not follow (${words}). Use the address the feed finally lives at.`;
  if (status >= 500) return `The site had a problem answering (${words}). It will be tried again later.`;
  return `The server answered ${words} instead of the feed. Check the URL.`;
}

/**
 * The error for a response that is not a feed we can use: `gone` for 410,
 * `rate_limited` for 429 and `unavailable` for 503 (both with Retry-After
 * honoured), `http_status` for everything else.
 */
export function httpFailure(response: EgressResponse, requestedUrl: string, now: number = Date.now()): FeedFetchError {
  const { status } = response;
  const url = redactUrl(requestedUrl);
  const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now);
  const wait = retryAfterMs === undefined ? '' : `; it asked us to wait ${describeDelay(retryAfterMs)}`;
  const context = retryAfterMs === undefined ? { url, status } : { url, status, retryAfterMs };
  if (status === 410) return new FeedFetchError('gone', explain(status), context);
  if (status === 429) {
    return new FeedFetchError('rate_limited', `The server says we are asking too often (${statusWords(status)})${wait}. Polling will slow down.`, context);
  }
  if (status === 503) {
    return new FeedFetchError('unavailable', `The site is temporarily unavailable (${statusWords(status)})${wait}. It will be tried again later.`, context);
  }
  return new FeedFetchError('http_status', explain(status), context);
}
