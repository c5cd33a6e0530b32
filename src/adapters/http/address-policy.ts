import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type AddressClass = 'public' | 'private-address' | 'metadata';

export type AddressVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'private-address' | 'metadata' };

/** Refused even when an operator allow-lists the range they sit in. */
const METADATA_ADDRESSES = new Set([
  '169.254.169.254', // AWS, GCP, Azure, OpenStack, DigitalOcean
  '169.254.170.2', // AWS ECS task metadata
  '100.100.100.200', // Alibaba Cloud
  '192.0.0.192', // Oracle Cloud
  'fd00:ec2::254', // AWS IMDS over IPv6
]);

const METADATA_NAMES = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
]);

const LOCALHOST_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'ip6-localhost',
  'ip6-loopback',
]);

/** IANA global unicast; everything else in IPv6 is special-purpose or unassigned. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

const ALLOW = { allowed: true } as const;

export function normaliseHostName(host: string): string {
  const lower = host.toLowerCase();
  const bare = lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
  return bare.endsWith('.') ? bare.slice(0, -1) : bare;
}

function classifyV4(addr: ipaddr.IPv4): AddressClass {
  if (METADATA_ADDRESSES.has(addr.toString())) return 'metadata';
  return addr.range() === 'unicast' ? 'public' : 'private-address';
}

function lastFourBytes(addr: ipaddr.IPv6, offset: number): ipaddr.IPv4 {
  const bytes = addr.toByteArray().slice(offset, offset + 4);
  return new ipaddr.IPv4(bytes);
}

function classifyV6(addr: ipaddr.IPv6): AddressClass {
  if (METADATA_ADDRESSES.has(addr.toString())) return 'metadata';
  const range = addr.range();
  // Translation and tunnelling prefixes carry an IPv4 address: judge the address inside.
  if (range === 'ipv4Mapped') return classifyV4(addr.toIPv4Address());
  if (range === 'rfc6145') return classifyV4(lastFourBytes(addr, 12));
  if (range === '6to4') return classifyV4(lastFourBytes(addr, 2));
  // 64:ff9b::/96 is the well-known NAT64 prefix (RFC 6052); the local-use /48 is refused.
  if (range === 'rfc6052') {
    return addr.match(ipaddr.parseCIDR('64:ff9b::/96'))
      ? classifyV4(lastFourBytes(addr, 12))
      : 'private-address';
  }
  if (range !== 'unicast') return 'private-address';
  return addr.match(GLOBAL_UNICAST_V6) ? 'public' : 'private-address';
}

/** Classifies one IP address with no allow-list; anything unparseable counts as private. */
export function classifyAddress(address: string): AddressClass {
  const bare = normaliseHostName(address);
  if (isIP(bare) === 0) return 'private-address';
  const parsed = ipaddr.parse(bare);
  return parsed.kind() === 'ipv4'
    ? classifyV4(parsed as ipaddr.IPv4)
    : classifyV6(parsed as ipaddr.IPv6);
}

export function isMetadataHostName(host: string): boolean {
  return METADATA_NAMES.has(normaliseHostName(host));
}

function isLocalhostName(host: string): boolean {
  return LOCALHOST_NAMES.has(host) || host.endsWith('.localhost');
}

export interface AddressPolicy {
  /** Rules that apply to a host name before any lookup (metadata and localhost names). */
  checkName(host: string): AddressVerdict;
  /** Whether `address`, reached through `host`, may be fetched. */
  checkAddress(address: string, host: string | null): AddressVerdict;
}

interface AllowList {
  names: Set<string>;
  suffixes: string[];
  ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

function parseAllowList(entries: readonly string[]): AllowList {
  const list: AllowList = { names: new Set(), suffixes: [], ranges: [] };
  for (const raw of entries) {
    const entry = normaliseHostName(raw.trim());
    if (entry === '') continue;
    if (ipaddr.isValidCIDR(entry)) list.ranges.push(ipaddr.parseCIDR(entry));
    else if (isIP(entry) !== 0) {
      const addr = ipaddr.parse(entry);
      list.ranges.push([addr, addr.kind() === 'ipv4' ? 32 : 128]);
    } else if (entry.startsWith('*.')) list.suffixes.push(entry.slice(1));
    else if (/^[a-z0-9_.-]+$/.test(entry)) list.names.add(entry);
    else throw new Error(`allowPrivateHosts: "${raw}" is neither a host name nor an IP/CIDR`);
  }
  return list;
}

function inRanges(address: string, ranges: AllowList['ranges']): boolean {
  const bare = normaliseHostName(address);
  if (isIP(bare) === 0) return false;
  const addr = ipaddr.process(bare);
  return ranges.some(([base, bits]) => addr.kind() === base.kind() && addr.match(base, bits));
}

/**
 * Builds the policy from the operator's allow-list: host names (`feeds.intranet`),
 * wildcards (`*.corp.example`), addresses and CIDRs (`10.20.0.0/16`).
 */
export function createAddressPolicy(allowPrivateHosts: readonly string[] = []): AddressPolicy {
  const allow = parseAllowList(allowPrivateHosts);
  const nameAllowed = (host: string | null): boolean => {
    if (host === null) return false;
    const name = normaliseHostName(host);
    return allow.names.has(name) || allow.suffixes.some((suffix) => name.endsWith(suffix));
  };
  return {
    checkName(host) {
      const name = normaliseHostName(host);
      if (isMetadataHostName(name)) return { allowed: false, reason: 'metadata' };
      if (isLocalhostName(name) && !nameAllowed(name)) {
        return { allowed: false, reason: 'private-address' };
      }
      return ALLOW;
    },
    checkAddress(address, host) {
      const cls = classifyAddress(address);
      if (cls === 'public') return ALLOW;
      if (cls === 'metadata') return { allowed: false, reason: 'metadata' };
      if (nameAllowed(host) || inRanges(address, allow.ranges)) return ALLOW;
      return { allowed: false, reason: 'private-address' };
    },
  };
}
