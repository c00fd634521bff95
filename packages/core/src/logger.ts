import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * JSON lines on stdout, one logger per process. Secrets never reach a log:
 * the redact list removes the fields that may carry them.
 */
export function createLogger(options: { level: string; name: string }): Logger {
  return pino({
    name: options.name,
    level: options.level,
    redact: {
      paths: ['adminToken', 'token', 'secret', '*.secret', '*.token', 'headers.authorization', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  });
}
