import { TensionError } from '@tension/core';

/**
 * Why an outbound request failed. Stable strings: the worker stores them on
 * the feed and counts failures by them.
 */
export type EgressErrorCode =
  | 'bad_url'
  | 'private_address'
  | 'dns'
  | 'connect'
  | 'connect_timeout'
  | 'tls'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'bad_redirect'
  | 'decompression'
  | 'aborted'
  | 'network';

/** Every egress error code, for exhaustive checks and metrics labels. */
export const EGRESS_ERROR_CODES: readonly EgressErrorCode[] = [
  'bad_url',
  'private_address',
  'dns',
  'connect',
  'connect_timeout',
  'tls',
  'timeout',
  'too_large',
  'too_many_redirects',
  'bad_redirect',
  'decompression',
  'aborted',
  'network',
];

/** Structured context of an {@link EgressError}; URLs in it are already redacted. */
export interface EgressErrorDetails {
  /** The URL being fetched when it failed (user name, password and secret-looking parameters removed). */
  url?: string;
  /** The resolved or literal address that was refused or could not be reached. */
  address?: string;
  /** The limit that was hit, in its own unit (ms, bytes, redirects). */
  limit?: number;
  /** The low-level error code (ECONNREFUSED, ENOTFOUND, Z_DATA_ERROR …) when there was one. */
  systemCode?: string;
}

/**
 * An outbound request failed. `message` says in plain words what happened and
 * what to do about it; it never contains credentials from the URL.
 */
export class EgressError extends TensionError {
  declare readonly code: EgressErrorCode;
  declare readonly details: EgressErrorDetails;

  constructor(code: EgressErrorCode, message: string, details: EgressErrorDetails = {}, cause?: unknown) {
    super(code, message, { cause, details });
  }
}

/** True when `error` is an {@link EgressError}, optionally with one of `codes`. */
export function isEgressError(error: unknown, ...codes: EgressErrorCode[]): error is EgressError {
  return error instanceof EgressError && (codes.length === 0 || codes.includes(error.code));
}
