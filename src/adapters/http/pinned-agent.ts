import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector } from 'undici';
import { type AddressPolicy, normaliseHostName } from './address-policy.js';
import type { ResolvedAddress } from './resolve-and-check.js';

/** Thrown inside the connector when a connection would reach an address nobody checked. */
export class BlockedAddressError extends Error {
  readonly code = 'LEDE_BLOCKED_ADDRESS';
}

export type PinTable = Map<string, ResolvedAddress[]>;

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `net.connect` lookup that never asks DNS: it answers with the addresses the fetcher
 * resolved and checked for this host, so a second, rebinding answer cannot get in.
 */
export function createPinnedLookup(pins: PinTable) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number | string },
    callback: LookupCallback,
  ) => {
    const pinned = pins.get(normaliseHostName(hostname)) ?? [];
    const family = options.family === 'IPv6' ? 6 : options.family === 'IPv4' ? 4 : options.family;
    const usable =
      family === 4 || family === 6 ? pinned.filter((a) => a.family === family) : pinned;
    process.nextTick(() => {
      if (usable.length === 0) {
        callback(new BlockedAddressError(`no checked address for ${hostname}`), '', 0);
      } else if (options.all) {
        callback(
          null,
          usable.map((a) => ({ address: a.address, family: a.family })),
        );
      } else {
        callback(null, usable[0]!.address, usable[0]!.family);
      }
    });
  };
}

function sameAddress(a: string, b: string): boolean {
  try {
    return ipaddr.process(a).toString() === ipaddr.process(b).toString();
  } catch {
    return false;
  }
}

/** The address a socket reached must be one that was checked for the host it was opened for. */
function reachedCheckedAddress(pins: PinTable, hostname: string, remote: string | undefined) {
  if (remote === undefined) return false;
  if (isIP(hostname) !== 0) return sameAddress(hostname, remote);
  return (pins.get(normaliseHostName(hostname)) ?? []).some((a) => sameAddress(a.address, remote));
}

export interface PinnedAgentOptions {
  policy: AddressPolicy;
  connectTimeoutMs: number;
  /** Upper bound for headers and for gaps between body chunks; the fetcher's deadline is tighter. */
  idleTimeoutMs: number;
}

/**
 * An undici Agent whose every connection goes to a pinned, checked address, and which checks
 * the peer address once more after connecting.
 */
export function createPinnedAgent(opts: PinnedAgentOptions): { agent: Agent; pins: PinTable } {
  const pins: PinTable = new Map();
  const base = buildConnector({ timeout: opts.connectTimeoutMs, lookup: createPinnedLookup(pins) });
  const connect: buildConnector.connector = (options, callback) => {
    const host = options.hostname;
    if (isIP(host) !== 0 && !opts.policy.checkAddress(host, null).allowed) {
      callback(new BlockedAddressError(`refused ${host}`), null);
      return;
    }
    base(options, (err, socket) => {
      if (err !== null) return callback(err, null);
      if (!reachedCheckedAddress(pins, host, socket.remoteAddress)) {
        socket.destroy();
        return callback(
          new BlockedAddressError(`connected to unchecked ${socket.remoteAddress}`),
          null,
        );
      }
      callback(null, socket);
    });
  };
  const agent = new Agent({
    connect,
    headersTimeout: opts.idleTimeoutMs,
    bodyTimeout: opts.idleTimeoutMs,
    keepAliveTimeout: 4_000,
  });
  return { agent, pins };
}
