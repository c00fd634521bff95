import { EgressError } from './egress-error.js';
import { connectFailure, connectTimeout, dnsFailure, networkFailure, tlsFailure } from './failures.js';

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);
const CONNECT_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EHOSTDOWN', 'ENETDOWN']);

/** The system code of an error; with happy eyeballs Node reports an AggregateError of one error per address. */
function systemCodeOf(error: unknown): string {
  if (error instanceof AggregateError) {
    const first: unknown = error.errors[0];
    if (first !== undefined) return systemCodeOf(first);
  }
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'unknown error';
}

function isTlsCode(code: string): boolean {
  return (
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    code.startsWith('CERT_') ||
    code.includes('CERT') ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'HOSTNAME_MISMATCH'
  );
}

/**
 * Turns whatever Node's http stack threw into an {@link EgressError} with a
 * plain-words message. Errors we raised ourselves pass through unchanged.
 */
export function mapNetworkError(error: unknown, url: URL): EgressError {
  if (error instanceof EgressError) return error;
  const code = systemCodeOf(error);
  if (DNS_CODES.has(code)) return dnsFailure(url, code, error);
  if (CONNECT_CODES.has(code)) return connectFailure(url, code, error);
  // ETIMEDOUT comes from the operating system's own connect timeout, which is
  // longer than ours unless the caller set a very large connectTimeoutMs.
  if (code === 'ETIMEDOUT') return connectTimeout(url);
  if (isTlsCode(code)) return tlsFailure(url, code, error);
  return networkFailure(url, code, error);
}
