import { type Dispatcher, request } from 'undici';
import type {
  BlockReason,
  FetchAccept,
  Fetcher,
  FetchOutcome,
  FetchRequest,
} from '../../core/fetch-outcome.js';
import { type Clock, systemClock } from '../../services/ports.js';
import { type AddressPolicy, createAddressPolicy } from './address-policy.js';
import { Deadline } from './deadline.js';
import { outcomeForError } from './error-outcome.js';
import { DEFAULT_MAX_BYTES } from './fetch-limits.js';
import { type HopResult, handleResponse } from './handle-response.js';
import { createHostLimiter, type HostLimiter } from './host-limiter.js';
import { messages } from './messages.js';
import { createPinnedAgent, type PinTable } from './pinned-agent.js';
import {
  checkUrlShape,
  type ResolvedAddress,
  type Resolver,
  resolveAndCheck,
  systemResolver,
} from './resolve-and-check.js';

export interface SafeFetcherOptions {
  /** Full User-Agent; defaults to `ledeUserAgent(version)`. */
  userAgent?: string;
  version?: string;
  maxBytes?: number;
  maxRedirects?: number;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  perHostConcurrency?: number;
  /** Private hosts the operator trusts: host names, `*.suffix` wildcards, IPs and CIDRs. */
  allowPrivateHosts?: readonly string[];
  resolver?: Resolver;
  clock?: Clock;
}

export interface SafeFetcher extends Fetcher {
  /** Closes pooled connections; pending fetches finish first. */
  close(): Promise<void>;
}

export function ledeUserAgent(version: string): string {
  return `Lede/${version} (+self-hosted news digest bot)`;
}

export { DEFAULT_MAX_BYTES };

const ACCEPT_HEADER: Record<FetchAccept, string> = {
  article: 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1',
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.1',
  any: 'text/html, application/xhtml+xml, application/xml;q=0.9, application/json;q=0.8, */*;q=0.1',
};

/** Bounds the pin table; an evicted pin only means a refused connection, never an unchecked one. */
const MAX_PINS = 2048;

interface Settings {
  userAgent: string;
  maxBytes: number;
  maxRedirects: number;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  policy: AddressPolicy;
  resolver: Resolver;
  clock: Clock;
}

function settingsFrom(options: SafeFetcherOptions): Settings {
  return {
    userAgent: options.userAgent ?? ledeUserAgent(options.version ?? 'dev'),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? 5,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    totalTimeoutMs: options.totalTimeoutMs ?? 10_000,
    policy: createAddressPolicy(options.allowPrivateHosts ?? []),
    resolver: options.resolver ?? systemResolver,
    clock: options.clock ?? systemClock,
  };
}

function blocked(url: URL, reason: BlockReason): FetchOutcome {
  return { kind: 'blocked-address', url: url.href, reason, message: messages.blocked(reason) };
}

function requestHeaders(req: FetchRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: ACCEPT_HEADER[req.accept],
    'accept-encoding': 'gzip, deflate, br',
  };
  if (req.etag) headers['if-none-match'] = req.etag;
  if (req.lastModified) headers['if-modified-since'] = req.lastModified;
  return headers;
}

/** The URL as sent: no credentials (they are never forwarded) and no fragment. */
function wireUrl(url: URL): URL {
  const clean = new URL(url.href);
  clean.username = '';
  clean.password = '';
  clean.hash = '';
  return clean;
}

interface Runtime {
  s: Settings;
  limiter: HostLimiter;
  agent: Dispatcher;
  pins: PinTable;
}

function failed(rt: Runtime, err: unknown, url: URL, deadline: Deadline): HopResult {
  const { totalTimeoutMs, connectTimeoutMs } = rt.s;
  const ctx = { url, totalTimeoutMs, connectTimeoutMs, expired: deadline.expired };
  return { kind: 'done', outcome: outcomeForError(err, ctx) };
}

/** One request: check, then wait for the host's slot to send it. */
async function hop(
  rt: Runtime,
  url: URL,
  req: FetchRequest,
  deadline: Deadline,
): Promise<HopResult> {
  const shape = checkUrlShape(url, rt.s.policy);
  if (shape !== null) return { kind: 'done', outcome: blocked(url, shape) };
  return rt.limiter.run(url.hostname, () => sendHop(rt, url, req, deadline));
}

/** Resolve and pin, send, read: what runs while the request holds its host's slot. */
async function sendHop(
  rt: Runtime,
  url: URL,
  req: FetchRequest,
  deadline: Deadline,
): Promise<HopResult> {
  const { s } = rt;
  deadline.start();
  try {
    const target = await deadline.race(resolveAndCheck(url, s.policy, s.resolver));
    if (!target.ok) {
      if (target.blocked) return { kind: 'done', outcome: blocked(url, target.blocked) };
      return failed(rt, target.error, url, deadline);
    }
    pin(rt.pins, target.host, target.addresses);
    const res = await request(wireUrl(url), {
      dispatcher: rt.agent,
      method: 'GET',
      headers: requestHeaders(req, s.userAgent),
      signal: deadline.signal,
    });
    const ctx = { req, url, maxBytes: s.maxBytes, signal: deadline.signal, nowMs: s.clock.now() };
    return await handleResponse(res, ctx);
  } catch (err) {
    return failed(rt, err, url, deadline);
  }
}

async function fetchOutcome(rt: Runtime, req: FetchRequest): Promise<FetchOutcome> {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return { kind: 'parse-error', url: req.url, message: messages.badUrl() };
  }
  const deadline = new Deadline(rt.s.totalTimeoutMs);
  try {
    for (let redirects = 0; ; redirects += 1) {
      const result = await hop(rt, url, req, deadline);
      if (result.kind === 'done') return result.outcome;
      if (redirects >= rt.s.maxRedirects) {
        const message = messages.tooManyRedirects(rt.s.maxRedirects);
        const reason = 'too-many-redirects';
        return { kind: 'http-error', url: url.href, status: null, reason, message };
      }
      url = result.next;
    }
  } finally {
    deadline.clear();
  }
}

function pin(pins: PinTable, host: string, addresses: ResolvedAddress[]) {
  pins.delete(host);
  pins.set(host, addresses);
  if (pins.size > MAX_PINS) pins.delete(pins.keys().next().value!);
}

/**
 * The fetcher for URLs strangers paste: every hop is checked (scheme, port, name, each resolved
 * address), connections go only to the checked addresses, and size, time and types are bounded.
 */
export function createSafeFetcher(options: SafeFetcherOptions = {}): SafeFetcher {
  const s = settingsFrom(options);
  const limiter = createHostLimiter(options.perHostConcurrency ?? 2);
  const { agent, pins } = createPinnedAgent({
    policy: s.policy,
    connectTimeoutMs: s.connectTimeoutMs,
    idleTimeoutMs: s.totalTimeoutMs,
  });
  const rt: Runtime = { s, limiter, agent, pins };
  return { fetch: (req) => fetchOutcome(rt, req), close: () => agent.close() };
}
