import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { LookupFunction, Socket } from 'node:net';
import { decompress } from './decompress.js';
import type { EgressError } from './egress-error.js';
import { connectTimeout } from './failures.js';
import { mapNetworkError } from './map-network-error.js';
import { readWireBody } from './read-body.js';

/** One HTTP exchange, no redirects. */
export interface HopRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

/** What came back from one exchange; `body` is decompressed (empty when it was skipped). */
export interface HopResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The rules one exchange runs under. */
export interface HopRules {
  agents: { http: http.Agent; https: https.Agent };
  lookup: LookupFunction;
  /** Refuses a connected address (`undefined` = fine); also applied to IP-literal hosts before connecting. */
  checkAddress: (address: string) => EgressError | undefined;
  connectTimeoutMs: number;
  maxBytes: number;
  /** True when the body is not wanted (a redirect about to be followed). */
  skipBody: (status: number, headers: Record<string, string>) => boolean;
  /** Fires with an EgressError as reason on total timeout or caller abort. */
  signal: AbortSignal;
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** Node's request option wants IPv6 literals without the brackets URL keeps. */
function bareHost(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

async function finish(response: IncomingMessage, request: HopRequest, rules: HopRules): Promise<HopResponse> {
  const status = response.statusCode ?? 0;
  const headers = flattenHeaders(response.headers);
  if (rules.skipBody(status, headers) || request.method === 'HEAD') {
    response.destroy();
    return { status, headers, body: Buffer.alloc(0) };
  }
  const wire = await readWireBody(response, request.url, rules.maxBytes);
  const body = await decompress(wire, headers['content-encoding'], request.url, rules.maxBytes);
  return { status, headers, body };
}

/**
 * Performs one HTTP exchange under `rules`: refused addresses, a connect
 * timeout, the byte cap and the caller's signal all end it with an
 * {@link EgressError}.
 */
export function sendOnce(request: HopRequest, rules: HopRules): Promise<HopResponse> {
  const host = bareHost(request.url);
  // Node never calls `lookup` for IP literals, so they are checked here. URL
  // has already turned 127.1, 0x7f.1 and 2130706433 into 127.0.0.1.
  const refusedLiteral = isIP(host) === 0 ? undefined : rules.checkAddress(host);
  if (refusedLiteral) return Promise.reject(refusedLiteral);
  if (rules.signal.aborted) return Promise.reject(rules.signal.reason);

  return new Promise<HopResponse>((resolve, reject) => {
    const secure = request.url.protocol === 'https:';
    const client = secure ? https : http;
    let settled = false;
    const settle = (error: unknown, value?: HopResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      rules.signal.removeEventListener('abort', onAbort);
      if (value) return resolve(value);
      req.destroy();
      reject(mapNetworkError(error, request.url));
    };
    const onAbort = (): void => settle(rules.signal.reason);
    const connectTimer = setTimeout(() => settle(connectTimeout(request.url, rules.connectTimeoutMs)), rules.connectTimeoutMs);

    const req = client.request({
      protocol: request.url.protocol,
      hostname: host,
      port: request.url.port || undefined,
      path: `${request.url.pathname}${request.url.search}`,
      method: request.method,
      headers: request.headers,
      agent: secure ? rules.agents.https : rules.agents.http,
      lookup: rules.lookup,
    });
    rules.signal.addEventListener('abort', onAbort, { once: true });
    req.once('socket', (socket: Socket) => {
      socket.once('connect', () => {
        clearTimeout(connectTimer);
        // Belt and braces: whatever path led here, the peer must be allowed.
        const refused = socket.remoteAddress === undefined ? undefined : rules.checkAddress(socket.remoteAddress);
        if (refused) settle(refused);
      });
    });
    // `on`, not `once`: a socket can report a second error after the first
    // settled the request, and an unheard 'error' would crash the process.
    req.on('error', (error) => settle(error));
    req.once('response', (response) => {
      clearTimeout(connectTimer);
      finish(response, request, rules).then(
        (value) => settle(undefined, value),
        (error: unknown) => settle(error),
      );
    });
    req.end(request.body);
  });
}
