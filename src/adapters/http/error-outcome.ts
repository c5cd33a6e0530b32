import type { FetchOutcome } from '../../core/fetch-outcome.js';
import { messages } from './messages.js';

export interface ErrorContext {
  url: URL;
  totalTimeoutMs: number;
  connectTimeoutMs: number;
  /** Whether the fetcher's own total deadline has passed. */
  expired: boolean;
}

function errorCodes(err: unknown): string[] {
  const codes: string[] = [];
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return codes;
}

const IDLE_TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const DNS_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENODATA', 'EAI_FAIL']);

/** Maps what undici, net and DNS throw to an outcome; nothing expected escapes as a throw. */
export function outcomeForError(err: unknown, ctx: ErrorContext): FetchOutcome {
  const { url } = ctx;
  const codes = errorCodes(err);
  if (codes.includes('LEDE_BLOCKED_ADDRESS')) {
    const message = messages.blocked('private-address');
    return { kind: 'blocked-address', url: url.href, reason: 'private-address', message };
  }
  if (ctx.expired || codes.some((c) => IDLE_TIMEOUTS.has(c))) {
    const message = messages.totalTimeout(ctx.totalTimeoutMs);
    return { kind: 'timeout', url: url.href, phase: 'total', limitMs: ctx.totalTimeoutMs, message };
  }
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT')) {
    const limitMs = ctx.connectTimeoutMs;
    const message = messages.connectTimeout(limitMs, url.hostname);
    return { kind: 'timeout', url: url.href, phase: 'connect', limitMs, message };
  }
  const dns = codes.some((c) => DNS_FAILURES.has(c));
  const reason = dns ? 'dns' : 'network';
  const message = dns ? messages.dns(url.hostname) : messages.network(url.hostname);
  return { kind: 'http-error', url: url.href, status: null, reason, message };
}
