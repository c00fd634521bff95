import { TensionError } from '@tension/core';

/** Why a body could not be read as a feed. */
export type FeedParseErrorCode = 'empty' | 'not_a_feed' | 'malformed' | 'unsafe_xml';

/** Every parse error code, for exhaustive checks and metrics labels. */
export const FEED_PARSE_ERROR_CODES: readonly FeedParseErrorCode[] = ['empty', 'not_a_feed', 'malformed', 'unsafe_xml'];

/** The body is not a feed we can read; `message` says why and what to do. */
export class FeedParseError extends TensionError {
  declare readonly code: FeedParseErrorCode;

  constructor(code: FeedParseErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(code, message, options);
  }
}
