import type { AddressClass } from './classify-address.js';
import { EgressError } from './egress-error.js';
import { redactUrl } from '@tension/core';

// One factory per failure so every message is written once, in plain words,
// with the URL already redacted.

const CLASS_WORDS: Readonly<Record<AddressClass, string>> = {
  public: 'a public address',
  unspecified: 'an unspecified address, which means this machine',
  loopback: 'a loopback address',
  private: 'a private network address',
  'link-local': 'a link-local address, where cloud metadata services live',
  'unique-local': 'a unique-local IPv6 address, a private network',
  'site-local': 'a site-local IPv6 address, a private network',
  'carrier-grade-nat': 'a carrier-grade NAT address, not reachable from the internet',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  invalid: 'an invalid address',
};

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return value >= 1 ? `${Number.isInteger(value) ? value : value.toFixed(1)} MB` : `${bytes} bytes`;
}

export function badUrl(input: string, reason: string): EgressError {
  const shown = redactUrl(input);
  return new EgressError('bad_url', `"${shown}" is not a URL we can fetch: ${reason}. Use a full http:// or https:// address.`, {
    url: shown,
  });
}

export function privateAddress(url: URL, address: string, kind: AddressClass): EgressError {
  const shown = redactUrl(url);
  const message =
    `Refused to fetch ${shown}: it resolves to ${CLASS_WORDS[kind]} (${address}). ` +
    'Set ALLOW_PRIVATE_URLS=true to allow private addresses.';
  return new EgressError('private_address', message, { url: shown, address });
}

export function dnsFailure(url: URL, systemCode: string, cause: unknown): EgressError {
  const shown = redactUrl(url);
  const message = `Could not find the server ${url.hostname} (DNS lookup failed: ${systemCode}). Check the spelling of the address; if it is right, the site's DNS may be down.`;
  return new EgressError('dns', message, { url: shown, systemCode }, cause);
}

export function connectFailure(url: URL, systemCode: string, cause: unknown): EgressError {
  const shown = redactUrl(url);
  const reason = systemCode === 'ECONNREFUSED' ? 'the connection was refused' : `the network said ${systemCode}`;
  const message = `Could not connect to ${url.host}: ${reason}. The server may be down, or the address or port may be wrong.`;
  return new EgressError('connect', message, { url: shown, systemCode }, cause);
}

/** `limitMs` is ours; it is absent when the operating system gave up first. */
export function connectTimeout(url: URL, limitMs?: number): EgressError {
  const shown = redactUrl(url);
  const within = limitMs === undefined ? '' : ` within ${seconds(limitMs)}`;
  const message = `Could not connect to ${url.host}${within}. The server may be down or blocking us; it will be tried again later.`;
  return new EgressError('connect_timeout', message, limitMs === undefined ? { url: shown } : { url: shown, limit: limitMs });
}

export function tlsFailure(url: URL, systemCode: string, cause: unknown): EgressError {
  const shown = redactUrl(url);
  const message = `The secure connection to ${url.host} failed (${systemCode}). The site's HTTPS certificate may be invalid or expired; ask its owner to fix it.`;
  return new EgressError('tls', message, { url: shown, systemCode }, cause);
}

export function totalTimeout(url: URL, limitMs: number): EgressError {
  const shown = redactUrl(url);
  const message = `${shown} did not send its whole response within ${seconds(limitMs)}. The server is too slow or stalled; it will be tried again later.`;
  return new EgressError('timeout', message, { url: shown, limit: limitMs });
}

export function tooLarge(url: URL, limitBytes: number): EgressError {
  const shown = redactUrl(url);
  const message = `The response from ${shown} is larger than the ${megabytes(limitBytes)} limit, so it was cut off. Check that the address points at a feed, not a large file.`;
  return new EgressError('too_large', message, { url: shown, limit: limitBytes });
}

export function tooManyRedirects(url: URL, limit: number): EgressError {
  const shown = redactUrl(url);
  const message = `${shown} redirected more than ${limit} times. It may be a redirect loop; open it in a browser and use the address it finally lands on.`;
  return new EgressError('too_many_redirects', message, { url: shown, limit });
}

export function badRedirect(url: URL, location: string, reason: string): EgressError {
  const shown = redactUrl(url);
  const message = `${shown} redirected to "${redactUrl(location)}", which ${reason}. Use a different address for this source.`;
  return new EgressError('bad_redirect', message, { url: shown });
}

export function decompressionFailure(url: URL, encoding: string, cause: unknown): EgressError {
  const shown = redactUrl(url);
  const message = `The response from ${shown} said it was compressed with "${encoding}" but could not be decompressed. The server is sending a broken response.`;
  return new EgressError('decompression', message, { url: shown }, cause);
}

export function aborted(url: URL, cause?: unknown): EgressError {
  const shown = redactUrl(url);
  return new EgressError('aborted', `The request to ${shown} was cancelled before it finished.`, { url: shown }, cause);
}

export function networkFailure(url: URL, systemCode: string, cause: unknown): EgressError {
  const shown = redactUrl(url);
  const message = `The connection to ${url.host} broke off before the response was complete (${systemCode}). This is usually temporary.`;
  return new EgressError('network', message, { url: shown, systemCode }, cause);
}
