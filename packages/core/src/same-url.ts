/**
 * Whether two spellings name one feed: the host's case, a trailing slash
 * and a fragment do not matter; scheme, port, path and query do.
 */
export function sameUrl(a: string, b: string): boolean {
  return urlIdentity(a) === urlIdentity(b);
}

function urlIdentity(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
}
