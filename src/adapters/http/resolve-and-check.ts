import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { BlockReason } from '../../core/fetch-outcome.js';
import { type AddressPolicy, normaliseHostName } from './address-policy.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Turns a host name into addresses; injectable so tests never touch real DNS. */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (host) => {
  const found = await lookup(host, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/**
 * Ports the Fetch Standard calls "bad": browsers refuse them so that a URL cannot speak
 * to SMTP, IRC, SIP and friends. Lede follows the same list.
 */
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

export type TargetCheck =
  | { ok: true; host: string; addresses: ResolvedAddress[] }
  | { ok: false; blocked: BlockReason }
  | { ok: false; blocked: null; error: unknown };

function familyOf(address: string): 4 | 6 {
  return isIP(address) === 6 ? 6 : 4;
}

/** Checks everything that can be judged without DNS: scheme, port, host name, IP literal. */
export function checkUrlShape(url: URL, policy: AddressPolicy): BlockReason | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
  if (url.port !== '' && BAD_PORTS.has(Number(url.port))) return 'port';
  const host = normaliseHostName(url.hostname);
  if (host === '') return 'private-address';
  if (isIP(host) !== 0) {
    const verdict = policy.checkAddress(host, null);
    return verdict.allowed ? null : verdict.reason;
  }
  const verdict = policy.checkName(host);
  return verdict.allowed ? null : verdict.reason;
}

/**
 * Resolves the URL's host once and checks every address it gave. Any refused address refuses
 * the host: a name that points anywhere private is not trusted for its public answers either.
 */
export async function resolveAndCheck(
  url: URL,
  policy: AddressPolicy,
  resolver: Resolver,
): Promise<TargetCheck> {
  const shape = checkUrlShape(url, policy);
  if (shape !== null) return { ok: false, blocked: shape };
  const host = normaliseHostName(url.hostname);
  if (isIP(host) !== 0)
    return { ok: true, host, addresses: [{ address: host, family: familyOf(host) }] };
  let found: ResolvedAddress[];
  try {
    found = await resolver(host);
  } catch (error) {
    return { ok: false, blocked: null, error };
  }
  if (found.length === 0) return { ok: false, blocked: null, error: new Error('no addresses') };
  for (const { address } of found) {
    const verdict = policy.checkAddress(address, host);
    if (!verdict.allowed) return { ok: false, blocked: verdict.reason };
  }
  const addresses = found.map(({ address }) => {
    const bare = normaliseHostName(address);
    return { address: bare, family: familyOf(bare) };
  });
  return { ok: true, host, addresses };
}
