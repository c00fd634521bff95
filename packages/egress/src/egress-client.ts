import http from 'node:http';
import https from 'node:https';
import { classifyAddress } from './classify-address.js';
import { ACCEPT_ENCODING } from './decompress.js';
import { EgressError } from './egress-error.js';
import { badUrl, privateAddress, tooManyRedirects } from './failures.js';
import { guardedLookup } from './guarded-lookup.js';
import { HostLimiter } from './host-limiter.js';
import { mapNetworkError } from './map-network-error.js';
import type { EgressOptions, ResolvedEgressOptions } from './options.js';
import { isFollowableRedirect, nextHop, permanentRedirectOf } from './redirects.js';
import type { RedirectHop } from './redirects.js';
import { RequestScope } from './request-scope.js';
import { resolveOptions } from './resolve-options.js';
import { sendOnce } from './send-once.js';
import type { HopRequest, HopRules } from './send-once.js';

/** What to send. Header names are case-insensitive; Accept-Encoding is always ours. */
export interface EgressRequestInit {
  /** Default GET. */
  method?: string;
  headers?: Readonly<Record<string, string>>;
  body?: string | Buffer;
  /** Aborting it ends the request with code `aborted`. */
  signal?: AbortSignal;
}

/** A completed exchange (any status: 4xx and 5xx are responses, not errors). */
export interface EgressResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Readonly<Record<string, string>>;
  /** Decompressed body, at most `maxBytes`. */
  body: Buffer;
  /** The URL that answered, after redirects. */
  url: string;
  redirects: RedirectHop[];
  /** Set when every redirect from the start was permanent (301/308): the URL to store instead. */
  permanentRedirect?: string;
}

/** The one outbound HTTP client of the project. */
export interface EgressClient {
  /** The limits this client enforces, defaults filled in. */
  readonly options: Readonly<ResolvedEgressOptions>;
  /** Fetches `url`; every failure is an {@link EgressError}. */
  request(url: string, init?: EgressRequestInit): Promise<EgressResponse>;
}

function parseTarget(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw badUrl(input, 'it is not a valid address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badUrl(input, `only http and https are supported, not "${url.protocol}"`);
  }
  return url;
}

function requestHeaders(options: ResolvedEgressOptions, init: EgressRequestInit, body: Buffer | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: '*/*' };
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  headers['accept-encoding'] = ACCEPT_ENCODING;
  delete headers['content-length'];
  if (body) headers['content-length'] = String(body.length);
  return headers;
}

/**
 * Creates the client. It refuses non-public addresses (checked on the address
 * actually connected to, hop by hop) unless `allowPrivate` is set or the hop's
 * origin is in `allowedPrivateOrigins`; enforces connect and total timeouts
 * and a byte cap; decompresses gzip, deflate and brotli; follows at most
 * `maxRedirects` http(s) redirects; and limits requests in flight per host.
 */
export function createEgressClient(options: EgressOptions): EgressClient {
  const resolved = resolveOptions(options);
  const limiter = new HostLimiter(resolved.perHostConcurrency);
  // No keep-alive: every connection goes through the address check, and a
  // poller talks to each host rarely enough that reuse would buy little.
  const agents = { http: new http.Agent({ keepAlive: false }), https: new https.Agent({ keepAlive: false }) };

  function rulesFor(url: URL, signal: AbortSignal): HopRules {
    const allowed = resolved.allowPrivate || resolved.allowedPrivateOrigins.has(url.origin);
    const checkAddress = (address: string): EgressError | undefined => {
      if (allowed) return undefined;
      const kind = classifyAddress(address);
      return kind === 'public' ? undefined : privateAddress(url, address, kind);
    };
    return {
      agents,
      lookup: guardedLookup(resolved.resolve, checkAddress),
      checkAddress,
      connectTimeoutMs: resolved.connectTimeoutMs,
      maxBytes: resolved.maxBytes,
      skipBody: (status, headers) => resolved.followRedirects && isFollowableRedirect(status, headers),
      signal,
    };
  }

  async function run(first: HopRequest, scope: RequestScope): Promise<EgressResponse> {
    const redirects: RedirectHop[] = [];
    let hop = first;
    for (;;) {
      scope.url = hop.url;
      const release = await limiter.acquire(hop.url.hostname, scope.signal);
      scope.startDeadline(resolved.timeoutMs);
      const response = await sendOnce(hop, rulesFor(hop.url, scope.signal)).finally(release);
      const location = response.headers.location;
      if (!resolved.followRedirects || !isFollowableRedirect(response.status, response.headers) || !location) {
        const permanentRedirect = permanentRedirectOf(redirects);
        return { ...response, url: hop.url.href, redirects, ...(permanentRedirect ? { permanentRedirect } : {}) };
      }
      if (redirects.length >= resolved.maxRedirects) throw tooManyRedirects(first.url, resolved.maxRedirects);
      const next = nextHop(hop, response.status, location);
      redirects.push({ from: hop.url.href, to: next.url.href, status: response.status });
      hop = next;
    }
  }

  return {
    options: resolved,
    async request(input, init = {}) {
      const url = parseTarget(input);
      const body = typeof init.body === 'string' ? Buffer.from(init.body) : init.body;
      const first: HopRequest = {
        url,
        method: (init.method ?? 'GET').toUpperCase(),
        headers: requestHeaders(resolved, init, body),
        body,
      };
      const scope = new RequestScope(url, init.signal);
      try {
        return await run(first, scope);
      } catch (error) {
        throw error instanceof EgressError ? error : mapNetworkError(error, scope.url);
      } finally {
        scope.dispose();
      }
    },
  };
}
