import { describe, expect, it } from 'vitest';
import { titleDateHash } from '../../src/core/feed/item-identity.js';
import { fnv1a64 } from '../../src/core/hash.js';
import { partRef } from '../../src/services/delivery/poster.js';

describe('the one hash (FNV-1a, 64-bit)', () => {
  it('gives the published FNV-1a 64 test vectors, so stored item identities stay valid', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    expect(titleDateHash({ title: 'a', publishedAt: null })).toBe(`hash:${fnv1a64('a\u0000')}`);
  });

  it('marks digest parts with it: within a Discord nonce, distinct per slot and part', () => {
    const keys = Array.from({ length: 500 }, (_, hour) => {
      const slot = new Date(Date.UTC(2026, 0, 1, hour)).toISOString();
      return `discord:123456789012345678@${slot}`;
    });
    const refs = keys.flatMap((key) => [partRef(key, 0), partRef(key, 11)]);
    expect(new Set(refs).size).toBe(refs.length);
    for (const ref of refs) expect(ref.length).toBeLessThanOrEqual(25);
    expect(partRef(keys[0] ?? '', 3)).toBe(
      `lede-${BigInt(`0x${fnv1a64(keys[0] ?? '')}`).toString(36)}-3`,
    );
  });
});
