import { badRedirect } from './failures.js';
import type { HopRequest } from './send-once.js';

/** One redirect that was followed. */
export interface RedirectHop {
  from: string;
  to: string;
  status: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PERMANENT_STATUSES = new Set([301, 308]);
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** A 3xx we follow: one of the redirect statuses and a Location to go to. */
export function isFollowableRedirect(status: number, headers: Readonly<Record<string, string>>): boolean {
  return REDIRECT_STATUSES.has(status) && typeof headers.location === 'string' && headers.location.trim() !== '';
}

/**
 * The request for the next hop, re-checked like a fresh one: only http(s)
 * targets, credentials dropped when the origin changes, and the method turned
 * into GET where browsers do (303, and 301/302 after a POST).
 */
export function nextHop(current: HopRequest, status: number, location: string): HopRequest {
  let url: URL;
  try {
    url = new URL(location.trim(), current.url);
  } catch {
    throw badRedirect(current.url, location, 'is not a valid address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badRedirect(current.url, location, `uses "${url.protocol}", and only http and https are allowed`);
  }
  const toGet = status === 303 || ((status === 301 || status === 302) && current.method === 'POST');
  const headers = { ...current.headers };
  if (toGet) {
    delete headers['content-type'];
    delete headers['content-length'];
  }
  if (url.origin !== current.url.origin) for (const name of CREDENTIAL_HEADERS) delete headers[name];
  return { url, method: toGet ? 'GET' : current.method, headers, body: toGet ? undefined : current.body };
}

/**
 * Where the resource now permanently lives: the target of the last of the
 * redirects that were all permanent (301/308) from the start. A temporary
 * redirect anywhere before it means the original URL stays authoritative.
 */
export function permanentRedirectOf(redirects: readonly RedirectHop[]): string | undefined {
  let target: string | undefined;
  for (const hop of redirects) {
    if (!PERMANENT_STATUSES.has(hop.status)) break;
    target = hop.to;
  }
  return target;
}
