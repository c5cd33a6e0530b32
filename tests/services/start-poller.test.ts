import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Fetcher, FetchOutcome } from '../../src/core/fetch-outcome.js';
import type { PassSummary } from '../../src/services/poll-feeds.js';
import { startPoller } from '../../src/services/start-poller.js';

const quietLog = { debug() {}, info() {}, warn() {}, error() {} };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startPoller', () => {
  it('runs passes one after another, never overlapping, and stops after the pass in progress', async () => {
    const store = createSqliteStore(join(mkdtempSync(join(tmpdir(), 'lede-poller-')), 'db'));
    const feed = store.addFeed('https://slow.example/rss', null, 0);
    store.subscribe({ platform: 'console', id: 'terminal' }, feed.id, 'tester', 0);
    let inFlight = 0;
    let fetches = 0;
    // Each fetch waits until the test lets it finish.
    const pending: (() => void)[] = [];
    const fetcher: Fetcher = {
      fetch(req) {
        fetches++;
        inFlight++;
        return new Promise<FetchOutcome>((resolve) => {
          pending.push(() => {
            inFlight--;
            resolve({
              kind: 'not-modified',
              url: req.url,
              message: '',
              etag: null,
              lastModified: null,
            });
          });
        });
      },
    };
    const passes: PassSummary[] = [];
    // Every feed is due again at once (interval 0), and a pass is asked for every 5 ms: only the
    // no-overlap rule keeps a second fetch from starting while the first one is held.
    const deps = {
      store,
      fetcher,
      clock: { now: Date.now },
      log: quietLog,
      options: { intervalMs: 0 },
    };
    const poller = startPoller(deps, 5, { onPass: (s) => void passes.push(s) });

    await vi.advanceTimersByTimeAsync(0);
    expect(fetches).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(fetches).toBe(1);

    pending.shift()!();
    await vi.advanceTimersByTimeAsync(5);
    expect(passes).toHaveLength(1);
    expect(fetches).toBe(2);
    expect(inFlight).toBe(1);

    // Stopping while the second pass is held waits for it, then schedules nothing more.
    let stopped = false;
    const stopping = poller.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    pending.shift()!();
    await stopping;
    await vi.advanceTimersByTimeAsync(100);
    expect(fetches).toBe(2);
    expect(inFlight).toBe(0);
    expect(passes.map((p) => p.counts['not-modified'])).toEqual([1, 1]);
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
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toBe(3);
    await poller.stop();
    expect(errors).toHaveLength(calls);
  });
});
