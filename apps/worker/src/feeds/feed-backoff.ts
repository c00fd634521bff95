/** The longest a failing feed waits between attempts; it is never dropped for good. */
export const MAX_BACKOFF_MS = 6 * 3_600_000;

/**
 * Delay before the next attempt after `failures` consecutive failures:
 * the first failure just waits for the next scheduled poll; after that the
 * wait doubles per failure from the feed's interval, capped, with ±20 %
 * jitter so feeds that failed together (an outage) do not retry together.
 * A server's Retry-After wins when it asks for longer.
 */
export function backoffDelayMs(input: {
  failures: number;
  intervalMs: number;
  retryAfterMs?: number | undefined;
  random: () => number;
}): number {
  const { failures, intervalMs, retryAfterMs = 0, random } = input;
  const exponential = failures <= 1 ? 0 : Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** (failures - 1));
  const jittered = Math.round(exponential * (0.8 + 0.4 * random()));
  return Math.max(Math.min(retryAfterMs, MAX_BACKOFF_MS * 4), jittered);
}
