import { TensionError, ValidationError } from '@tension/core';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '@tension/core';
import { z } from 'zod';

/** 401: a mutation without the admin token. */
export class UnauthorizedError extends TensionError {
  constructor() {
    super('unauthorized', 'This action needs the admin token: send the header "Authorization: Bearer <ADMIN_TOKEN>".');
  }
}

/** 409: the resource already exists. */
export class ConflictError extends TensionError {
  constructor(message: string, details?: unknown) {
    super('conflict', message, { details });
  }
}

const STATUS_BY_CODE: Record<string, number> = {
  validation_failed: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  feed_unusable: 422,
  store_unavailable: 503,
};

/** A 400 naming each bad field of `what` and its problem. */
export function invalidFields(what: string, fields: ReadonlyArray<{ field: string; problem: string }>): ValidationError {
  const summary = fields.map((field) => `${field.field}: ${field.problem}`).join('; ');
  return new ValidationError(`Invalid ${what}: ${summary}.`, { fields });
}

/** Turns a zod failure into a ValidationError listing each bad field. */
export function validationFrom(error: z.ZodError, what: string): ValidationError {
  return invalidFields(what, error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', problem: issue.message })));
}

/** Parses `input` with `schema` or throws a 400 naming the fields. */
export function parseOr400<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFrom(result.error, what);
  return result.data;
}

function isRedisDown(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /Stream isn't writeable|enableOfflineQueue|Connection is closed|ECONNREFUSED|MaxRetriesPerRequest/i.test(message);
}

/**
 * The one error middleware: every error response is
 * `{ "error": { "code", "message", "details"? } }`.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (error instanceof TensionError) {
      const status = STATUS_BY_CODE[error.code] ?? 500;
      if (status >= 500) logger.error({ err: error }, 'request failed');
      res.status(status).json({ error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } });
      return;
    }
    if (isRedisDown(error)) {
      res.status(503).json({ error: { code: 'store_unavailable', message: 'Redis is not reachable right now; try again shortly.' } });
      return;
    }
    const parseFailure = typeof error === 'object' && error !== null && 'type' in error && (error as { type: unknown }).type;
    if (parseFailure === 'entity.parse.failed') {
      res.status(400).json({ error: { code: 'bad_json', message: 'The request body is not valid JSON.' } });
      return;
    }
    if (parseFailure === 'entity.too.large') {
      res.status(413).json({ error: { code: 'too_large', message: 'The request body is too large.' } });
      return;
    }
    logger.error({ err: error }, 'unexpected request failure');
    res.status(500).json({ error: { code: 'internal', message: 'Something went wrong on our side; the error is in the dashboard log.' } });
  };
}
