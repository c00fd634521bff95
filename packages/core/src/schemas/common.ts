import { z } from 'zod';

/** An ISO-8601 instant in UTC, as produced by `Date.prototype.toISOString`. */
export const IsoTime = z.iso.datetime({ offset: false });
export type IsoTime = z.infer<typeof IsoTime>;

/** Ids are URL- and BullMQ-safe: no `:` (BullMQ reserves it), no spaces. */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, {
  error: 'must be 1-80 letters, digits, _ or -',
});
export type Id = z.infer<typeof Id>;

/**
 * A topic (a conflict dyad such as `us-venezuela`): lower-case letters,
 * digits and dashes, so it reads well in URLs and Redis keys. Input is
 * trimmed and lower-cased first, so "US-Venezuela" names the same topic.
 */
export const Topic = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'must be 1-40 lower-case letters, digits and dashes, starting with a letter or digit' });
export type Topic = z.infer<typeof Topic>;

/** An http(s) URL; anything else (file:, ftp:, javascript:) is refused. */
export const HttpUrl = z
  .string()
  .trim()
  .max(2_048, { error: 'must be at most 2048 characters' })
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    error: 'must be an http:// or https:// URL',
  });
