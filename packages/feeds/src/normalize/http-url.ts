/** The core schema's limit on stored URLs. */
const MAX_URL_LENGTH = 2_048;

/**
 * Resolves `raw` against `base` and returns it only if the result is an
 * http(s) URL within the stored length limit. Anything else — `javascript:`,
 * `data:`, `mailto:`, unresolvable relative references — gives undefined.
 */
export function toHttpUrl(raw: string | undefined, base?: string): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = base && URL.canParse(base) ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href.length <= MAX_URL_LENGTH ? url.href : undefined;
}
