/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has; the default uses the operating system's resolver. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** How an {@link EgressClient} behaves. Every limit applies to each request. */
export interface EgressOptions {
  /** Allow loopback, private, link-local and other non-public addresses (ALLOW_PRIVATE_URLS). */
  allowPrivate: boolean;
  /**
   * Origins such as `http://127.0.0.1:4567` that may be reached even when
   * `allowPrivate` is false (the demo's own simulator). Matched exactly
   * (scheme, host and port), hop by hop.
   */
  allowedPrivateOrigins?: readonly string[];
  /** Sent as User-Agent. Default `TensionMonitor/0.1 (+feed poller)`. */
  userAgent?: string;
  /** DNS lookup plus TCP connect, per hop. Default 10 000 ms. */
  connectTimeoutMs?: number;
  /**
   * The whole request, redirects and body included, counted from the moment
   * it gets its per-host slot (time queued behind other requests to the same
   * host is not counted). Default 30 000 ms.
   */
  timeoutMs?: number;
  /** Cap on the body, both as received and after decompression. Default 10 MiB. */
  maxBytes?: number;
  /** Redirects followed before failing with `too_many_redirects`. Default 5. */
  maxRedirects?: number;
  /** Follow 3xx responses (default true); when false they are returned as they are. */
  followRedirects?: boolean;
  /** Requests in flight per host name in this process; the rest wait in order. Default 4. */
  perHostConcurrency?: number;
  /** Host name resolver; injectable so tests can simulate DNS answers. */
  resolve?: Resolver;
}

/** {@link EgressOptions} with every default filled in. */
export type ResolvedEgressOptions = Required<Omit<EgressOptions, 'allowedPrivateOrigins'>> & {
  allowedPrivateOrigins: ReadonlySet<string>;
};
