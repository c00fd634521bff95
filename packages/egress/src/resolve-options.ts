import { badUrl } from './failures.js';
import { systemResolver } from './guarded-lookup.js';
import type { EgressOptions, ResolvedEgressOptions } from './options.js';

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`egress option ${name} must be a positive number, got ${value}`);
  return value;
}

function origins(list: readonly string[] | undefined): ReadonlySet<string> {
  const set = new Set<string>();
  for (const entry of list ?? []) {
    if (!URL.canParse(entry)) throw badUrl(entry, 'it is not an origin such as http://127.0.0.1:4567');
    set.add(new URL(entry).origin);
  }
  return set;
}

/** Fills in the documented defaults and rejects nonsense limits early. */
export function resolveOptions(options: EgressOptions): ResolvedEgressOptions {
  return {
    allowPrivate: options.allowPrivate,
    allowedPrivateOrigins: origins(options.allowedPrivateOrigins),
    userAgent: options.userAgent ?? 'TensionMonitor/0.1 (+feed poller)',
    connectTimeoutMs: positive('connectTimeoutMs', options.connectTimeoutMs, 10_000),
    timeoutMs: positive('timeoutMs', options.timeoutMs, 30_000),
    maxBytes: positive('maxBytes', options.maxBytes, 10 * 1024 * 1024),
    maxRedirects: options.maxRedirects === undefined ? 5 : Math.max(0, Math.floor(options.maxRedirects)),
    followRedirects: options.followRedirects ?? true,
    perHostConcurrency: positive('perHostConcurrency', options.perHostConcurrency, 4),
    resolve: options.resolve ?? systemResolver,
  };
}
