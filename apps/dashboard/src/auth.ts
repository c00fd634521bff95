import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { UnauthorizedError } from './http-errors.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Mutations require `Authorization: Bearer <token>`; compared in constant time. */
export function requireAdmin(token: string): RequestHandler {
  const expected = digest(token);
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1].trim()), expected)) {
      next(new UnauthorizedError());
      return;
    }
    next();
  };
}
