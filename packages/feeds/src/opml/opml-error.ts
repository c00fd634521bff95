import { TensionError } from '@tension/core';

/** Why an OPML file could not be read. */
export type OpmlErrorCode = 'empty' | 'malformed' | 'not_opml' | 'unsafe_xml';

/** An OPML import failed as a whole; `message` says why and what to do. */
export class OpmlError extends TensionError {
  declare readonly code: OpmlErrorCode;

  constructor(code: OpmlErrorCode, message: string, cause?: unknown) {
    super(code, message, { cause });
  }
}
