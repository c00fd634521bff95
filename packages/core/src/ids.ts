import { createHash } from 'node:crypto';

function digest(parts: readonly string[], length: number): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, length);
}

/** Collapses case, punctuation and whitespace so trivially different copies compare equal. */
export function normalizeForIdentity(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The fields that identify an item within its feed. */
export interface ItemIdentity {
  guid?: string | undefined;
  link?: string | undefined;
  title: string;
  summary?: string | undefined;
}

/**
 * Deterministic item id: feed id + guid, else link, else a hash of the
 * normalised title and summary. The same item seen by any worker, on any
 * poll, gets the same id; it never contains `:` (BullMQ job ids).
 */
export function itemId(feedId: string, item: ItemIdentity): string {
  const guid = item.guid?.trim();
  const link = item.link?.trim();
  const basis = guid
    ? ['guid', guid]
    : link
      ? ['link', link]
      : ['text', normalizeForIdentity(item.title), normalizeForIdentity(item.summary ?? '')];
  return `${feedId}-${digest(basis, 24)}`;
}

/**
 * Story id shared by syndicated copies of one story across feeds: a hash of
 * the normalised title. Empty titles fall back to the item id, so they never
 * merge with each other.
 */
export function storyId(title: string, fallbackItemId: string): string {
  const normalized = normalizeForIdentity(title);
  return normalized.length >= 12 ? `s${digest(['title', normalized], 24)}` : `s${digest(['item', fallbackItemId], 24)}`;
}

/** A random id for user-created resources (feeds), URL- and BullMQ-safe. */
export function newId(length = 12): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return id;
}
