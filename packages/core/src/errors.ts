/**
 * One base error for the whole project. `code` is stable and machine-readable,
 * `message` is written for the person who has to act on it, `details` carries
 * structured context (for example the invalid fields of a request).
 */
export class TensionError extends Error {
  readonly code: string;
  readonly details: unknown;

  constructor(code: string, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details;
  }
}

/** One invalid configuration value. */
export interface ConfigIssue {
  variable: string;
  problem: string;
}

/** Start-up configuration is invalid; the message lists every bad variable and how to fix it. */
export class ConfigError extends TensionError {
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.variable}: ${issue.problem}`);
    super('config_invalid', `Invalid configuration:\n${lines.join('\n')}`, { details: issues });
    this.issues = issues;
  }
}

/** Input from a user or a client failed validation. */
export class ValidationError extends TensionError {
  constructor(message: string, details?: unknown) {
    super('validation_failed', message, { details });
  }
}

/** A named resource does not exist. */
export class NotFoundError extends TensionError {
  constructor(resource: string, id: string) {
    super('not_found', `No ${resource} with id "${id}". List them with GET /api/${resource}s.`, {
      details: { resource, id },
    });
  }
}

/** Redis could not be reached or answered with an error. */
export class StoreUnavailableError extends TensionError {
  constructor(message: string, cause?: unknown) {
    super('store_unavailable', message, { cause });
  }
}
