/**
 * Returns `value` as a link target only when it is an absolute http(s) URL.
 * Feeds are hostile input: a `javascript:` or `data:` link must never become
 * clickable, whatever the server let through.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
