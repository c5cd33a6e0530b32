import { describe, expect, it } from 'vitest';
import { classifyAddress, createAddressPolicy } from '../../../src/adapters/http/address-policy.js';
import {
  formatBytes,
  formatDuration,
  parseRetryAfter,
} from '../../../src/adapters/http/messages.js';

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['93.184.216.34', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::808:808', 'public'],
    ['2002:808:808::1', 'public'],
    ['127.0.0.1', 'private-address'],
    ['10.255.255.255', 'private-address'],
    ['172.31.0.1', 'private-address'],
    ['100.127.255.254', 'private-address'],
    ['198.51.100.7', 'private-address'],
    ['203.0.113.9', 'private-address'],
    ['::ffff:10.0.0.1', 'private-address'],
    ['64:ff9b::c0a8:101', 'private-address'],
    ['fc00::1', 'private-address'],
    ['fec0::1', 'private-address'],
    ['100::1', 'private-address'],
    ['2001:2::1', 'private-address'],
    ['3fff::1', 'private-address'],
    ['4000::1', 'private-address'],
    ['[::1]', 'private-address'],
    ['not an address', 'private-address'],
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
  ])('classifies %s as %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe('createAddressPolicy', () => {
  const policy = createAddressPolicy([
    'feeds.intranet',
    '*.corp.example',
    '10.20.0.0/16',
    'fd12::/16',
    '192.168.1.5',
    '169.254.0.0/16',
  ]);

  it('allows private addresses only for listed names, wildcards and ranges', () => {
    expect(policy.checkAddress('10.9.9.9', 'feeds.intranet').allowed).toBe(true);
    expect(policy.checkAddress('10.9.9.9', 'FEEDS.INTRANET.').allowed).toBe(true);
    expect(policy.checkAddress('10.9.9.9', 'news.corp.example').allowed).toBe(true);
    expect(policy.checkAddress('10.9.9.9', 'corp.example.evil').allowed).toBe(false);
    expect(policy.checkAddress('10.20.3.4', 'anything.test').allowed).toBe(true);
    expect(policy.checkAddress('::ffff:10.20.3.4', null).allowed).toBe(true);
    expect(policy.checkAddress('fd12::9', null).allowed).toBe(true);
    expect(policy.checkAddress('192.168.1.5', null).allowed).toBe(true);
    expect(policy.checkAddress('192.168.1.6', null).allowed).toBe(false);
    expect(policy.checkAddress('10.9.9.9', 'other.test').allowed).toBe(false);
  });

  it('never allows cloud metadata, whatever the list says', () => {
    expect(policy.checkAddress('169.254.169.254', 'feeds.intranet')).toEqual({
      allowed: false,
      reason: 'metadata',
    });
    expect(policy.checkAddress('169.254.1.1', null).allowed).toBe(true);
    expect(
      createAddressPolicy(['metadata.google.internal']).checkName('metadata.google.internal')
        .allowed,
    ).toBe(false);
  });

  it('refuses localhost names unless listed by name', () => {
    expect(policy.checkName('localhost').allowed).toBe(false);
    expect(policy.checkName('a.b.localhost').allowed).toBe(false);
    expect(createAddressPolicy(['localhost']).checkName('localhost').allowed).toBe(true);
    expect(policy.checkName('example.com').allowed).toBe(true);
  });

  it('rejects an allow-list entry it cannot read', () => {
    expect(() => createAddressPolicy(['not a host!'])).toThrow(/allowPrivateHosts/);
  });
});

describe('message helpers', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:29:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('formats limits for people', () => {
    expect(formatDuration(10_000)).toBe('10 s');
    expect(formatDuration(1_500)).toBe('1.5 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatBytes(300 * 1024)).toBe('300 KB');
  });
});
