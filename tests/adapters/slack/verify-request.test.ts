import { describe, expect, it } from 'vitest';
import {
  createReplayMemory,
  requestWindowMs,
  verifySlackRequest,
} from '../../../src/adapters/slack/verify-request.js';
import { slackSignature } from '../../helpers/fake-slack/sign.js';

const secret = 'shh';
const now = Date.UTC(2026, 2, 1, 9);

function signed(atMs: number, body = 'text=help') {
  const timestamp = Math.floor(atMs / 1000);
  return {
    timestamp: String(timestamp),
    signature: slackSignature(secret, timestamp, body),
    body: Buffer.from(body),
  };
}

describe('verifying a Slack request', () => {
  it('accepts a fresh request once and calls the second use a replay', () => {
    const replays = createReplayMemory();
    const request = signed(now - 1000);
    expect(verifySlackRequest(request, secret, now, replays)).toEqual({ ok: true });
    expect(verifySlackRequest(request, secret, now + 3000, replays)).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('refuses timestamps more than five minutes away in either direction', () => {
    const replays = createReplayMemory();
    for (const offset of [requestWindowMs + 1000, -(requestWindowMs + 1000), 3_600_000]) {
      expect(verifySlackRequest(signed(now + offset), secret, now, replays)).toEqual({
        ok: false,
        reason: 'outside-window',
      });
    }
  });

  it('refuses a bad signature without remembering it, so the real request still gets in', () => {
    const replays = createReplayMemory();
    const real = signed(now);
    const forged = { ...real, body: Buffer.from('text=feeds+purge') };
    expect(verifySlackRequest(forged, secret, now, replays)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifySlackRequest(real, secret, now, replays).ok).toBe(true);
    expect(verifySlackRequest({ ...real, timestamp: undefined }, secret, now, replays)).toEqual({
      ok: false,
      reason: 'unsigned',
    });
  });
});

describe('the replay memory', () => {
  it('forgets a signature once it expires, and holds at most its bound', () => {
    const memory = createReplayMemory(2);
    expect(memory.firstUse('a', 100, 0)).toBe(true);
    expect(memory.firstUse('a', 100, 50)).toBe(false);
    expect(memory.firstUse('a', 300, 101)).toBe(true);
    expect(memory.firstUse('b', 300, 102)).toBe(true);
    expect(memory.firstUse('c', 300, 103)).toBe(true);
    // The bound of two pushed out the oldest, 'a'; 'b' and 'c' are still remembered.
    expect(memory.firstUse('b', 300, 104)).toBe(false);
    expect(memory.firstUse('c', 300, 105)).toBe(false);
  });
});
