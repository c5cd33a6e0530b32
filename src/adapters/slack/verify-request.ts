import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's rule: refuse a request whose timestamp is more than five minutes off. */
export const requestWindowMs = 5 * 60_000;

export interface SignedRequest {
  timestamp: string | undefined;
  signature: string | undefined;
  body: Buffer;
}

export type Verdict =
  | { ok: true }
  | { ok: false; reason: 'unsigned' | 'outside-window' | 'bad-signature' | 'replayed' };

/** Signatures already accepted, each kept until its timestamp leaves the window. */
export interface ReplayMemory {
  /** True the first time; false when the signature was accepted before and is still fresh. */
  firstUse(signature: string, expiresAt: number, now: number): boolean;
}

/**
 * Checks a request the way Slack describes (docs.slack.dev, "Verifying requests from Slack"),
 * and more strictly than Bolt: the timestamp must be within five minutes in either direction,
 * and a correctly signed request is accepted once, so a captured one cannot be replayed.
 */
export function verifySlackRequest(
  request: SignedRequest,
  signingSecret: string,
  now: number,
  replays: ReplayMemory,
): Verdict {
  const { timestamp, signature } = request;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: 'unsigned' };
  }
  const sentAt = Number(timestamp) * 1000;
  if (Math.abs(now - sentAt) > requestWindowMs) return { ok: false, reason: 'outside-window' };
  const expected = createHmac('sha256', signingSecret)
    .update(`v0:${timestamp}:`)
    .update(request.body)
    .digest('hex');
  if (!sameText(signature, `v0=${expected}`)) return { ok: false, reason: 'bad-signature' };
  if (!replays.firstUse(signature, sentAt + requestWindowMs, now)) {
    return { ok: false, reason: 'replayed' };
  }
  return { ok: true };
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * An in-memory set of recent signatures, bounded: expired ones are dropped as new ones arrive,
 * and past `maxEntries` the oldest goes first (far above what one workspace sends in 10 min).
 */
export function createReplayMemory(maxEntries = 10_000): ReplayMemory {
  const seen = new Map<string, number>();
  return {
    firstUse(signature, expiresAt, now) {
      for (const [key, expiry] of seen) if (expiry < now) seen.delete(key);
      if (seen.has(signature)) return false;
      if (seen.size >= maxEntries) seen.delete(seen.keys().next().value!);
      seen.set(signature, expiresAt);
      return true;
    },
  };
}
