import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../../src/adapters/http/host-limiter.js';
import { createSafeFetcher } from '../../../src/adapters/http/safe-fetcher.js';
import { createGate, type Gate } from '../../helpers/gate.js';
import { startLocalServer, tableResolver } from '../../helpers/local-server.js';

describe('createHostLimiter', () => {
  it('runs `limit` calls per host at once and starts the rest in order as slots free', async () => {
    const limiter = createHostLimiter(2);
    const started: string[] = [];
    const gates = new Map<string, Gate>();
    const starts = new Map<string, Promise<void>>();
    const call = (host: string, name: string) => {
      const gate = createGate();
      gates.set(name, gate);
      let signal = () => {};
      starts.set(name, new Promise((resolve) => (signal = resolve)));
      return limiter.run(host, async () => {
        started.push(name);
        signal();
        await gate.wait();
        return name;
      });
    };
    const done = Promise.all([
      call('a', 'a1'),
      call('a', 'a2'),
      call('a', 'a3'),
      call('a', 'a4'),
      call('b', 'b1'),
    ]);
    await Promise.all(['a1', 'a2', 'b1'].map((name) => starts.get(name)));
    gates.get('a1')!.open();
    await starts.get('a3');
    // Had more than two 'a' calls been let in, a4 would have started before a1 finished.
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3']);
    gates.get('a2')!.open();
    await starts.get('a4');
    for (const gate of gates.values()) gate.open();
    expect(await done).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
  });

  it('frees the slot of a call that throws', async () => {
    const limiter = createHostLimiter(1);
    const failing = limiter.run('a', async () => {
      throw new Error('refused');
    });
    const next = limiter.run('a', async () => 'ran');
    await expect(failing).rejects.toThrow('refused');
    expect(await next).toBe('ran');
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
