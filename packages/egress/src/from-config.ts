import type { Config } from '@tension/core';
import { createEgressClient, type EgressClient } from './egress-client.js';

/** The egress client every app builds from the validated configuration. */
export function createEgressClientFromConfig(config: Config, allowedPrivateOrigins: readonly string[] = []): EgressClient {
  return createEgressClient({
    allowPrivate: config.allowPrivateUrls,
    allowedPrivateOrigins,
    userAgent: config.fetch.userAgent,
    connectTimeoutMs: config.fetch.connectTimeoutMs,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    maxRedirects: config.fetch.maxRedirects,
    perHostConcurrency: config.fetch.perHostConcurrency,
  });
}
