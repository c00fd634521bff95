import { promises as dns } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { EgressError } from './egress-error.js';
import type { ResolvedAddress, Resolver } from './options.js';

/** The operating system's resolver, every address, in the order it returned them. */
export const systemResolver: Resolver = async (hostname) => {
  const addresses = await dns.lookup(hostname, { all: true, verbatim: true });
  return addresses.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
};

function wantedFamily(options: LookupOptions): 4 | 6 | undefined {
  const family = options.family;
  if (family === 4 || family === 'IPv4') return 4;
  if (family === 6 || family === 'IPv6') return 6;
  return undefined;
}

function notFound(hostname: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${hostname} has no address of the requested family`), { code: 'ENOTFOUND' });
}

/**
 * A `lookup` for http.request that resolves the host and refuses the
 * connection when any address it resolves to fails `check`. The check runs
 * on the address the socket will actually connect to, so a host name that
 * points at 127.0.0.1, or that changes its answer between two lookups (DNS
 * rebinding), is refused at connect time.
 */
export function guardedLookup(resolve: Resolver, check: (address: string) => EgressError | undefined): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all: ResolvedAddress[]) => {
        for (const entry of all) {
          const refusal = check(entry.address);
          if (refusal) return callback(refusal, '', 0);
        }
        const family = wantedFamily(options);
        const wanted = family === undefined ? all : all.filter((entry) => entry.family === family);
        const first = wanted[0];
        if (!first) return callback(notFound(hostname), '', 0);
        if (options.all) return callback(null, wanted satisfies LookupAddress[]);
        return callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}
