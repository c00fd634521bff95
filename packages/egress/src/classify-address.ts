import ipaddr from 'ipaddr.js';

/**
 * What kind of network an IP address belongs to. Only `public` may be reached
 * by user-supplied URLs unless the operator allows private addresses.
 */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'site-local'
  | 'carrier-grade-nat'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'invalid';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

const V4_CLASSES: Readonly<Record<string, AddressClass>> = {
  unicast: 'public',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade-nat',
  private: 'private',
};

const V6_CLASSES: Readonly<Record<string, AddressClass>> = {
  unicast: 'public',
  unspecified: 'unspecified',
  linkLocal: 'link-local',
  multicast: 'multicast',
  loopback: 'loopback',
  uniqueLocal: 'unique-local',
};

/** fec0::/10 is deprecated but still routed by some stacks; ipaddr.js does not name it. */
const SITE_LOCAL = ipaddr.IPv6.parseCIDR('fec0::/10');
/** 64:ff9b:1::/48 is the local-use NAT64 prefix (RFC 8215): by definition not public. */
const LOCAL_NAT64 = ipaddr.IPv6.parseCIDR('64:ff9b:1::/48');
/** The well-known NAT64 prefix (RFC 6052): the last 32 bits are the IPv4 destination. */
const NAT64 = ipaddr.IPv6.parseCIDR('64:ff9b::/96');
/** ::/96 (IPv4-compatible, deprecated): the last 32 bits are an IPv4 address. */
const V4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

function classifyV4(address: IPv4): AddressClass {
  // Everything ipaddr.js knows as special but does not name above (reserved,
  // documentation, benchmarking, AS112, AMT) is treated as reserved: none of it
  // is a place a news feed or a webhook receiver lives.
  return V4_CLASSES[address.range()] ?? 'reserved';
}

function embeddedV4(address: IPv6, firstByte: number): IPv4 {
  const bytes = address.toByteArray().slice(firstByte, firstByte + 4);
  return new ipaddr.IPv4(bytes);
}

function classifyV6(address: IPv6): AddressClass {
  // Forms that carry an IPv4 address inside are judged by that address, so
  // ::ffff:127.0.0.1, 64:ff9b::7f00:1 and 2002:7f00:1:: are all loopback.
  if (address.isIPv4MappedAddress()) return classifyV4(address.toIPv4Address());
  const range = address.range();
  if (range === 'rfc6145') return classifyV4(embeddedV4(address, 12));
  if (range === '6to4') return classifyV4(embeddedV4(address, 2));
  if (address.match(LOCAL_NAT64)) return 'private';
  if (address.match(NAT64)) return classifyV4(embeddedV4(address, 12));
  if (range === 'unspecified' || range === 'loopback') return V6_CLASSES[range] ?? 'reserved';
  if (address.match(V4_COMPATIBLE)) {
    const inner = classifyV4(embeddedV4(address, 12));
    return inner === 'public' ? 'reserved' : inner;
  }
  if (address.match(SITE_LOCAL)) return 'site-local';
  // Teredo, ORCHID, discard, documentation and the rest are not destinations
  // we ever need; refusing them is the safe default.
  return V6_CLASSES[range] ?? 'reserved';
}

/**
 * Classifies an IP address string (IPv4 in any form ipaddr.js accepts, IPv6
 * with or without brackets or a zone id). Addresses embedding an IPv4 address
 * (IPv4-mapped, IPv4-translated, NAT64, 6to4) are classified by that address.
 * Returns `invalid` for anything that is not an IP address.
 */
export function classifyAddress(ip: string): AddressClass {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(bare)) return 'invalid';
  const address = ipaddr.parse(bare);
  return address.kind() === 'ipv4' ? classifyV4(address as IPv4) : classifyV6(address as IPv6);
}

/** True when the address is globally routable, i.e. `classifyAddress(ip) === 'public'`. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}
