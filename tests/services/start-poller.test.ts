import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Fetcher } from '../../src/core/fetch-outcome.js';
import type { PassSummary } from '../../src/services/poll-feeds.js';
import { startPoller } from '../../src/services/start-poller.js';

const quietLog = { debug() {}, info() {}, warn() {}, error() {} };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('startPoller', () => {
  it('runs passes one after another, never overlapping, and stops after the pass in progress', async () => {
    const store = createSqliteStore(join(mkdtempSync(join(tmpdir(), 'lede-poller-')), 'db'));
    const feed = store.addFeed('https://slow.example/rss', null, 0);
    store.subscribe({ platform: 'console', id: 'terminal' }, feed.id, 'tester', 0);
    let inFlight = 0;
    let peak = 0;
    let fetches = 0;
    const fetcher: Fetcher = {
      async fetch(req) {
        fetches++;
        inFlight++;
        peak = Math.max(peak, inFlight);
        await sleep(30);
        inFlight--;
        return { kind: 'not-modified', url: req.url, message: '', etag: null, lastModified: null };
      },
    };
    const passes: PassSummary[] = [];
    // Every feed is due again at once (interval 0), and passes are asked for every 5 ms: only
    // the no-overlap rule keeps a second fetch from starting while the first is slow.
    const deps = {
      store,
      fetcher,
      clock: { now: Date.now },
      log: quietLog,
      options: { intervalMs: 0 },
    };
    const poller = startPoller(deps, 5, { onPass: (s) => void passes.push(s) });
    await sleep(150);
    await poller.stop();
    const stoppedAt = fetches;
    await sleep(40);
    expect(peak).toBe(1);
    expect(passes.length).toBeGreaterThanOrEqual(2);
    expect(passes.every((p) => p.counts['not-modified'] === 1)).toBe(true);
    expect(fetches).toBe(stoppedAt);
    expect(inFlight).toBe(0);
    store.close();
  });

  it('logs a pass that throws and keeps going', async () => {
    const errors: object[] = [];
    let calls = 0;
    const store = {
      dueFeeds: () => {
        calls++;
        throw new Error('database is locked');
      },
    };
    const deps = {
      store: store as never,
      fetcher: {} as Fetcher,
      clock: { now: Date.now },
      log: { ...quietLog, error: (d: object) => errors.push(d) },
    };
    const poller = startPoller(deps, 5);
    await sleep(60);
    await poller.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(errors.length).toBe(calls);
  });
});
