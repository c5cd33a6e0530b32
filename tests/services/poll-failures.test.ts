import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher, type SafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import { createSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Fetcher, FetchOutcome } from '../../src/core/fetch-outcome.js';
import { pollDueFeeds, pollFeed } from '../../src/services/poll-feeds.js';
import type { Store } from '../../src/services/ports.js';
import { type LocalServer, startLocalServer } from '../helpers/local-server.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2025, 0, 10, 12);
const channel = { platform: 'console', id: 'terminal' } as const;
const quietLog = { debug() {}, info() {}, warn() {}, error() {} };
const tempStore = () => createSqliteStore(join(mkdtempSync(join(tmpdir(), 'lede-fail-')), 'db'));
const options = { intervalMs: 15 * MIN, maxBackoffMs: 24 * HOUR };

const goodFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
  <item><title>One</title><guid>one</guid></item></channel></rss>`;
const homePage =
  '<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>';

/** A fetcher that answers from a script, one outcome per call. */
function scriptedFetcher(script: (Partial<FetchOutcome> & { kind: FetchOutcome['kind'] })[]) {
  let call = 0;
  const fetcher: Fetcher = {
    async fetch(req) {
      const next = script[Math.min(call++, script.length - 1)]!;
      const base = { url: req.url, message: `outcome ${next.kind}` };
      if (next.kind === 'ok') {
        return {
          requestedUrl: req.url,
          status: 200,
          contentType: 'application/rss+xml',
          charset: 'utf-8',
          text: goodFeed,
          etag: null,
          lastModified: null,
          bytes: 0,
          wireBytes: 0,
          ...base,
          ...next,
        } as FetchOutcome;
      }
      return { status: 500, reason: 'status', ...base, ...next } as FetchOutcome;
    },
  };
  return fetcher;
}

async function pollUntilDisabled(store: Store, fetcher: Fetcher, feedId: number, start: number) {
  let now = start;
  const gaps: number[] = [];
  const deps = { store, fetcher, clock: { now: () => now }, log: quietLog, options };
  for (let i = 0; i < 20; i++) {
    const result = await pollFeed(store.getFeed(feedId)!, deps);
    if (result.outcome === 'disabled') return { gaps, result };
    if (result.outcome !== 'failed') throw new Error(`unexpected ${result.outcome}`);
    gaps.push(result.nextCheckAt - now);
    now = result.nextCheckAt;
  }
  throw new Error('never disabled');
}

describe('failing feeds against a local server', () => {
  let server: LocalServer;
  let fetcher: SafeFetcher;
  beforeAll(async () => {
    server = await startLocalServer();
    fetcher = createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'], clock: { now: () => T0 } });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('backs off on 500, waits at least Retry-After on 429, and disables at once on 410', async () => {
    const answers = [
      () => [500, {}] as const,
      () => [429, { 'retry-after': String(3 * 3600) }] as const,
      () => [410, {}] as const,
    ];
    let call = 0;
    server.route('/flaky.rss', (_req, res) => {
      const [status, headers] = answers[Math.min(call++, answers.length - 1)]!();
      res.writeHead(status, { 'content-type': 'text/plain', ...headers }).end('no');
    });
    const store = tempStore();
    let now = T0;
    const deps = { store, fetcher, clock: { now: () => now }, log: quietLog, options };
    const feed = store.addFeed(`${server.origin}/flaky.rss`, null, now);
    store.subscribe(channel, feed.id, 'tester', now);

    const first = await pollDueFeeds(deps);
    expect(first.results[0]).toMatchObject({ outcome: 'failed', failureCount: 1 });
    expect(store.getFeed(feed.id)).toMatchObject({ failureCount: 1, nextCheckAt: now + 30 * MIN });
    expect(store.getFeed(feed.id)!.lastError).toMatch(/500/);

    now += 29 * MIN;
    expect((await pollDueFeeds(deps)).checked).toBe(0);
    now += MIN;
    const second = await pollDueFeeds(deps);
    // Backoff alone would wait 15 min × 2² = 1 h; the site asked for 3 h.
    expect(second.results[0]).toMatchObject({ outcome: 'failed', nextCheckAt: now + 3 * HOUR });

    now += 3 * HOUR;
    const third = await pollDueFeeds(deps);
    expect(third.results[0]).toMatchObject({ outcome: 'disabled' });
    const disabled = store.getFeed(feed.id)!;
    expect(disabled.disabledReason).toMatch(/^Lede stopped checking this feed: .*410 Gone/);
    now += 48 * HOUR;
    expect((await pollDueFeeds(deps)).checked).toBe(0);
    store.close();
  });
});

describe('backoff and disabling, with a fake clock', () => {
  it('doubles the gap from twice the interval, caps it, and disables after eight failures', async () => {
    const store = tempStore();
    const feed = store.addFeed('https://down.example/rss', null, T0);
    const { gaps, result } = await pollUntilDisabled(
      store,
      scriptedFetcher([{ kind: 'timeout' }]),
      feed.id,
      T0,
    );
    expect(gaps.map((g) => g / MIN)).toEqual([30, 60, 120, 240, 480, 960, 1440]);
    expect(result).toMatchObject({ outcome: 'disabled' });
    expect(store.getFeed(feed.id)!.disabledReason).toMatch(/after 8 failed checks in a row/);
    store.close();
  });

  it('forgets past failures after a success', async () => {
    const store = tempStore();
    const feed = store.addFeed('https://flaky.example/rss', null, T0);
    const fetcher = scriptedFetcher([
      { kind: 'timeout' },
      { kind: 'timeout' },
      { kind: 'ok' },
      { kind: 'timeout' },
    ]);
    const deps = { store, fetcher, clock: { now: () => T0 }, log: quietLog, options };
    for (let i = 0; i < 3; i++) await pollFeed(store.getFeed(feed.id)!, deps);
    expect(store.getFeed(feed.id)).toMatchObject({ failureCount: 0, lastError: null });
    expect(await pollFeed(store.getFeed(feed.id)!, deps)).toMatchObject({ failureCount: 1 });
    store.close();
  });

  it('disables a 404 feed after three strikes rather than at once', async () => {
    const store = tempStore();
    const feed = store.addFeed('https://moved.example/rss', null, T0);
    const fetcher = scriptedFetcher([{ kind: 'http-error', status: 404 }]);
    const { gaps } = await pollUntilDisabled(store, fetcher, feed.id, T0);
    expect(gaps).toHaveLength(2);
  });

  it('disables at once a blocked address and an HTML page on a feed that never delivered', async () => {
    const store = tempStore();
    const blocked = store.addFeed('http://10.0.0.1/rss', null, T0);
    const page = store.addFeed('https://site.example/', null, T0);
    const clock = { now: () => T0 };
    const deps = (fetcher: Fetcher) => ({ store, fetcher, clock, log: quietLog, options });
    const refused = scriptedFetcher([{ kind: 'blocked-address', message: 'private network' }]);
    expect((await pollFeed(blocked, deps(refused))).outcome).toBe('disabled');
    const html = scriptedFetcher([{ kind: 'ok', contentType: 'text/html', text: homePage }]);
    expect((await pollFeed(page, deps(html))).outcome).toBe('disabled');
    expect(store.getFeed(page.id)!.disabledReason).toMatch(/HTML, not a feed/);
  });

  it('gives a working feed that turns into an HTML page three strikes', async () => {
    const store = tempStore();
    const feed = store.addFeed('https://parked.example/rss', null, T0);
    const fetcher = scriptedFetcher([
      { kind: 'ok' },
      { kind: 'ok', contentType: 'text/html', text: homePage },
    ]);
    await pollFeed(feed, { store, fetcher, clock: { now: () => T0 }, log: quietLog, options });
    const { gaps } = await pollUntilDisabled(store, fetcher, feed.id, T0);
    expect(gaps).toHaveLength(2);
  });

  it('stores the items of a partly broken feed, backs off, and never disables it for that', async () => {
    const store = tempStore();
    const feed = store.addFeed('https://broken.example/rss', null, T0);
    const broken = `${goodFeed.replace('</channel></rss>', '')}<item><title>Two & three</title></item>`;
    const fetcher = scriptedFetcher([{ kind: 'ok', text: broken }]);
    let now = T0;
    const deps = { store, fetcher, clock: { now: () => now }, log: quietLog, options };
    const first = await pollFeed(feed, deps);
    expect(first).toMatchObject({ outcome: 'partial', newItems: 2, failureCount: 1 });
    expect(store.seenIdentities(feed.id).has('one')).toBe(true);
    expect(store.getFeed(feed.id)!.lastError).toMatch(/XML is broken/);
    for (let i = 0; i < 10; i++) {
      const result = await pollFeed(store.getFeed(feed.id)!, deps);
      expect(result.outcome).toBe('partial');
      now += 25 * HOUR;
    }
  });

  it('keeps polling the other feeds when one check crashes, and pushes that feed back', async () => {
    const store = tempStore();
    const feeds = ['a', 'b', 'c', 'd'].map((n) => {
      const feed = store.addFeed(`https://${n}.example/rss`, null, T0);
      store.subscribe(channel, feed.id, 'tester', T0);
      return feed;
    });
    let inFlight = 0;
    let peak = 0;
    const fetcher: Fetcher = {
      async fetch(req) {
        inFlight++;
        peak = Math.max(peak, inFlight);
        // Yield once, so the others can start if the limit allows.
        await new Promise((r) => setImmediate(r));
        inFlight--;
        if (req.url.includes('b.example')) throw new Error('bug in a fetcher');
        return scriptedFetcher([{ kind: 'ok' }]).fetch(req);
      },
    };
    const errors: object[] = [];
    const log = { ...quietLog, error: (details: object) => errors.push(details) };
    const deps = { store, fetcher, clock: { now: () => T0 }, log, options };
    const summary = await pollDueFeeds(deps, { concurrency: 2 });
    expect(summary.counts).toMatchObject({ updated: 3, failed: 1, error: 1 });
    expect(peak).toBe(2);
    expect(errors).toHaveLength(1);
    expect(store.getFeed(feeds[1]!.id)!.nextCheckAt).toBe(T0 + 30 * MIN);
    expect(store.dueFeeds(T0, 10)).toEqual([]);
  });
});
