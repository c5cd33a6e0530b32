import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAddressPolicy } from '../../../src/adapters/http/address-policy.js';
import { createPinnedLookup, type PinTable } from '../../../src/adapters/http/pinned-agent.js';
import { resolveAndCheck } from '../../../src/adapters/http/resolve-and-check.js';
import { createSafeFetcher, type SafeFetcher } from '../../../src/adapters/http/safe-fetcher.js';
import type { FetchOutcome } from '../../../src/core/fetch-outcome.js';
import { type LocalServer, startLocalServer, tableResolver } from '../../helpers/local-server.js';

/**
 * Every hostile URL must come back `blocked-address` without any connection. The only host
 * the fetcher may reach is `feeds.intranet.test`, allow-listed by name and resolved (through
 * the injected resolver) to the loopback test server; the same address under any other name
 * or spelling is refused.
 */
const dns = tableResolver({
  'feeds.intranet.test': '127.0.0.1',
  'evil.test': '127.0.0.1',
  '127.0.0.1.nip.io': '127.0.0.1',
  'internal-alias.test': '10.1.2.3',
  'cgnat.test': '100.64.1.1',
  'meta-alias.test': '169.254.169.254',
  'v6-private.test': 'fd00::1',
  'v6-loopback.test': '::1',
  'mapped.test': '::ffff:127.0.0.1',
  'nat64.test': '64:ff9b::a00:1',
  'mixed.test': ['93.184.216.34', '10.0.0.1'],
  'garbage.test': 'not-an-ip',
});

const hostileUrls = [
  'http://127.0.0.1/',
  'http://127.1/',
  'http://0x7f.1/',
  'http://0x7f000001/',
  'http://2130706433/',
  'http://0177.0.0.1/',
  'http://017700000001/',
  'http://127.000.000.001/',
  'http://0x7f.0x0.0x0.0x1/',
  'http://%31%32%37.0.0.1/',
  'http://①②⑦.0.0.1/',
  'http://0/',
  'http://0.0.0.0/',
  'http://10.0.0.1/',
  'http://172.16.5.4/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://169.254.1.1/',
  'http://224.0.0.1/',
  'http://255.255.255.255/',
  'http://192.0.2.1/',
  'http://198.18.0.1/',
  'http://240.0.0.1/',
  'http://192.0.0.192/',
  'http://100.100.100.200/latest/meta-data/',
  'http://[::1]/',
  'http://[::]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:7f00:1]/',
  'http://[::ffff:169.254.169.254]/',
  'http://[::ffff:0:7f00:1]/',
  'http://[::127.0.0.1]/',
  'http://[fd00::1]/',
  'http://[fd00:ec2::254]/latest/meta-data/',
  'http://[fe80::1]/',
  'http://[ff02::1]/',
  'http://[64:ff9b::7f00:1]/',
  'http://[64:ff9b::10.0.0.1]/',
  'http://[64:ff9b:1::a00:1]/',
  'http://[2002:7f00:1::]/',
  'http://[2002:a9fe:a9fe::]/',
  'http://[2001:db8::1]/',
  'http://[2001::1]/',
  'https://127.0.0.1/',
  'http://user:pass@127.0.0.1/',
  'http://feeds.intranet.test@127.0.0.1/',
  'http://localhost/',
  'http://LOCALHOST./',
  'http://app.localhost/',
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://metadata.google.internal./',
  'http://metadata/',
  'http://evil.test/',
  'http://127.0.0.1.nip.io/',
  'http://internal-alias.test/',
  'http://cgnat.test/',
  'http://meta-alias.test/latest/meta-data/',
  'http://v6-private.test/',
  'http://v6-loopback.test/',
  'http://mapped.test/',
  'http://nat64.test/',
  'http://mixed.test/',
  'http://garbage.test/',
  'file:///etc/passwd',
  'gopher://127.0.0.1:70/_stats',
  'ftp://example.test/',
  'data:text/html,<h1>hi</h1>',
  'http://example.test:25/',
  'http://feeds.intranet.test:6667/',
];

describe('the SSRF guard', () => {
  let server: LocalServer;
  let fetcher: SafeFetcher;
  const requestsBefore = () => server.seen.length;

  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/ok', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok'),
    );
    server.route('/redirect', (req, res) => {
      const to = new URL(req.url ?? '', 'http://x').searchParams.get('to') ?? '/';
      res.writeHead(Number(new URL(req.url ?? '', 'http://x').searchParams.get('status') ?? 302), {
        location: to.replaceAll('PORT', String(server.port)),
      });
      res.end();
    });
    fetcher = createSafeFetcher({
      allowPrivateHosts: ['feeds.intranet.test'],
      resolver: dns.resolver,
      totalTimeoutMs: 1_500,
      connectTimeoutMs: 500,
    });
  });

  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('has at least 40 hostile URLs', () => {
    expect(hostileUrls.length).toBeGreaterThanOrEqual(40);
  });

  it.each(hostileUrls)('refuses %s without connecting', async (url) => {
    const before = requestsBefore();
    const outcome = await fetcher.fetch({ url, accept: 'any' });
    expect(outcome.kind).toBe('blocked-address');
    expect(outcome.message.length).toBeGreaterThan(10);
    expect(server.seen.length).toBe(before);
  });

  it('refuses IP literals without asking the resolver', async () => {
    const before = dns.calls.length;
    await fetcher.fetch({ url: 'http://0x7f.1/', accept: 'any' });
    await fetcher.fetch({ url: 'http://[fd00::1]/', accept: 'any' });
    expect(dns.calls.length).toBe(before);
  });

  it('says why in words a chat user can read', async () => {
    const privateNet = await fetcher.fetch({ url: 'http://10.0.0.1/', accept: 'any' });
    expect(privateNet.message).toBe(
      "That address points inside a private network, so Lede won't fetch it.",
    );
    const meta = await fetcher.fetch({ url: 'http://metadata.google.internal/', accept: 'any' });
    expect(meta).toMatchObject({ kind: 'blocked-address', reason: 'metadata' });
    const scheme = await fetcher.fetch({ url: 'file:///etc/passwd', accept: 'any' });
    expect(scheme).toMatchObject({ reason: 'scheme', message: expect.stringContaining('http') });
  });

  it.each(['feeds.intranet.test', 'FEEDS.intranet.test.'])(
    'reaches the allow-listed host as %s (the control case)',
    async (host) => {
      const url = `http://${host}:${server.port}/ok`;
      expect((await fetcher.fetch({ url, accept: 'any' })).kind).toBe('ok');
    },
  );

  const hostileRedirects: [string, string][] = [
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['the same server by IP', 'http://127.0.0.1:PORT/ok'],
    ['localhost', 'http://localhost:PORT/ok'],
    ['IPv6 loopback', 'http://[::1]:PORT/ok'],
    ['a name resolving to loopback', 'http://evil.test:PORT/ok'],
    ['a decimal IP', 'http://2130706433:PORT/ok'],
    ['a unique-local IPv6 address', 'http://[fd00::1]/'],
    ['metadata by name', 'http://metadata.google.internal/computeMetadata/v1/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a private address two hops later', '/redirect?to=/redirect%3Fto%3Dhttp://10.0.0.1/'],
  ];

  it.each(hostileRedirects)('refuses a redirect to %s', async (_, target) => {
    const before = requestsBefore();
    const start = `http://feeds.intranet.test:${server.port}/redirect?to=${encodeURIComponent(target)}`;
    const outcome = await fetcher.fetch({ url: start, accept: 'any' });
    expect(outcome.kind).toBe('blocked-address');
    // Only hops to the allow-listed host reached the server.
    const hops = server.seen.slice(before);
    expect(hops.length).toBeGreaterThan(0);
    expect(hops.every((line) => line.startsWith('GET /redirect'))).toBe(true);
  });

  it('checks every status of redirect (301, 303, 307, 308)', async () => {
    for (const status of [301, 303, 307, 308]) {
      const to = encodeURIComponent('http://169.254.169.254/');
      const url = `http://feeds.intranet.test:${server.port}/redirect?status=${status}&to=${to}`;
      const outcome: FetchOutcome = await fetcher.fetch({ url, accept: 'any' });
      expect(outcome.kind).toBe('blocked-address');
    }
  });
});

describe('DNS rebinding', () => {
  it('pins the checked answer: the connection never asks DNS again', async () => {
    const answers = [['93.184.216.34'], ['127.0.0.1']];
    const dns = tableResolver({ 'rebind.test': () => answers.shift() ?? ['127.0.0.1'] });
    const policy = createAddressPolicy([]);
    const check = await resolveAndCheck(new URL('http://rebind.test/'), policy, dns.resolver);
    expect(check).toMatchObject({ ok: true, addresses: [{ address: '93.184.216.34', family: 4 }] });
    if (!check.ok) return;
    const pins: PinTable = new Map([[check.host, check.addresses]]);
    const lookup = createPinnedLookup(pins);
    const all = await new Promise((resolve, reject) =>
      lookup('rebind.test', { all: true }, (err, addresses) =>
        err ? reject(err) : resolve(addresses),
      ),
    );
    expect(all).toEqual([{ address: '93.184.216.34', family: 4 }]);
    const one = await new Promise((resolve, reject) =>
      lookup('rebind.test', {}, (err, address) => (err ? reject(err) : resolve(address))),
    );
    expect(one).toBe('93.184.216.34');
    expect(dns.calls).toEqual(['rebind.test']);
  });

  it('refuses a connection to a host nobody checked', async () => {
    const lookup = createPinnedLookup(new Map());
    const error = await new Promise((resolve) => lookup('unchecked.test', { all: true }, resolve));
    expect(error).toMatchObject({ code: 'LEDE_BLOCKED_ADDRESS' });
  });

  it('connects to the checked address and refuses the host once it rebinds', async () => {
    const server = await startLocalServer();
    server.route('/ok', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>pinned'),
    );
    // 127.0.0.1 stands in for a public address (allow-listed by CIDR); 127.0.0.2 is the rebind
    // target. Were the pin ignored, the connection would go to 127.0.0.2, where nothing listens.
    const answers = [['127.0.0.1'], ['127.0.0.2']];
    const dns = tableResolver({ 'rebind.test': () => answers.shift() ?? ['127.0.0.2'] });
    const fetcher = createSafeFetcher({
      allowPrivateHosts: ['127.0.0.1/32'],
      resolver: dns.resolver,
      totalTimeoutMs: 1_500,
    });
    try {
      const url = `http://rebind.test:${server.port}/ok`;
      const first = await fetcher.fetch({ url, accept: 'any' });
      expect(first).toMatchObject({ kind: 'ok', text: '<p>pinned' });
      const second = await fetcher.fetch({ url, accept: 'any' });
      expect(second.kind).toBe('blocked-address');
      expect(server.seen).toEqual(['GET /ok']);
      expect(dns.calls).toEqual(['rebind.test', 'rebind.test']);
    } finally {
      await fetcher.close();
      await server.close();
    }
  });
});
