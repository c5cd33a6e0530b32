import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../../src/adapters/http/host-limiter.js';
import { createSafeFetcher } from '../../../src/adapters/http/safe-fetcher.js';
import { startLocalServer, tableResolver } from '../../helpers/local-server.js';

describe('createHostLimiter', () => {
  it('lets `limit` holders in per host and queues the rest in order', async () => {
    const limiter = createHostLimiter(2);
    const a1 = await limiter.acquire('a');
    const a2 = await limiter.acquire('a');
    const order: string[] = [];
    const third = limiter.acquire('a').then((release) => {
      order.push('third');
      return release;
    });
    const fourth = limiter.acquire('a').then((release) => {
      order.push('fourth');
      return release;
    });
    const b1 = await limiter.acquire('b');
    expect(limiter.load('a')).toEqual({ active: 2, waiting: 2 });
    a1();
    a1();
    (await third)();
    a2();
    (await fourth)();
    b1();
    expect(order).toEqual(['third', 'fourth']);
    expect(limiter.load('a')).toEqual({ active: 0, waiting: 0 });
  });

  it('rejects a limit below one', () => {
    expect(() => createHostLimiter(0)).toThrow();
  });
});

describe('per-host politeness', () => {
  it('keeps at most perHostConcurrency requests open to one host, separately per host', async () => {
    const server = await startLocalServer();
    const active = new Map<string, number>();
    const peak = new Map<string, number>();
    // Each host's requests are held until two are open at once, then answered together: a
    // limiter that allowed more would show a higher peak, one that allowed fewer would hang.
    const held = new Map<string, ServerResponse[]>();
    server.route('/slow', (req, res) => {
      const host = String(req.headers.host).split(':')[0]!;
      active.set(host, (active.get(host) ?? 0) + 1);
      peak.set(host, Math.max(peak.get(host) ?? 0, active.get(host)!));
      const waiting = [...(held.get(host) ?? []), res];
      held.set(host, waiting.length >= 2 ? [] : waiting);
      if (waiting.length < 2) return;
      for (const response of waiting) {
        active.set(host, active.get(host)! - 1);
        response.writeHead(200, { 'content-type': 'text/html' }).end('<p>done');
      }
    });
    const dns = tableResolver({ 'a.test': '127.0.0.1', 'b.test': '127.0.0.1' });
    const fetcher = createSafeFetcher({
      allowPrivateHosts: ['a.test', 'b.test'],
      resolver: dns.resolver,
      perHostConcurrency: 2,
    });
    try {
      const urls = ['a.test', 'b.test'].flatMap((host) =>
        Array.from({ length: 6 }, () => `http://${host}:${server.port}/slow`),
      );
      const outcomes = await Promise.all(urls.map((url) => fetcher.fetch({ url, accept: 'any' })));
      expect(outcomes.every((o) => o.kind === 'ok')).toBe(true);
      expect(Object.fromEntries(peak)).toEqual({ 'a.test': 2, 'b.test': 2 });
    } finally {
      await fetcher.close();
      await server.close();
    }
  });
});
