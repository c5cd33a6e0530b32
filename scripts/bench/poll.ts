import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createSafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import { createSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Fetcher } from '../../src/core/fetch-outcome.js';
import { type PassSummary, type PollDeps, pollDueFeeds } from '../../src/services/poll-feeds.js';
import type { BenchRow } from './types.js';

const FEEDS = 1_000;
/** Every tenth feed has one new story on each pass; the rest answer 304 to their ETag. */
const CHANGING_EVERY = 10;
const ITEMS = 20;
const INTERVAL_MS = 15 * 60_000;
/** One local host stands in for many (see fetch-poll.ts); production keeps the default of 2. */
const PER_HOST = 16;
const CONCURRENCY = 16;
const HOST = 'feeds.bench.test';
const quietLog = { debug() {}, info() {}, warn() {}, error() {} };

function feedBody(id: number, version: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const n = version + ITEMS - i;
    return `<item><title>Feed ${id} story ${n}</title><link>https://feed${id}.example/${n}</link><guid>${id}-${n}</guid><description>Story ${n} of feed ${id}.</description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${id}</title>${items.join('')}</channel></rss>`;
}

async function startFeedServer() {
  let version = 0;
  const server = createServer((req, res) => {
    const id = Number(req.url?.split('/')[2] ?? 0);
    const feedVersion = id % CHANGING_EVERY === 0 ? version : 0;
    const etag = `"${id}-${feedVersion}"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
    const body = feedBody(id, feedVersion);
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, bump: () => (version += 1), close: () => new Promise((r) => server.close(r)) };
}

/** The same fetcher with the validators dropped: every request is a plain GET. */
const unconditional = (fetcher: Fetcher): Fetcher => ({
  fetch: (req) => fetcher.fetch({ url: req.url, accept: req.accept }),
});

async function timedPass(deps: PollDeps): Promise<{ ms: number; summary: PassSummary }> {
  const started = performance.now();
  const summary = await pollDueFeeds(deps, { batch: FEEDS, concurrency: CONCURRENCY });
  return { ms: performance.now() - started, summary };
}

/**
 * One full `pollDueFeeds` pass over 1,000 feeds on a local server with a real SQLite file: the
 * first pass (unconditional, every item new), a conditional pass where 90% answer 304, and an
 * unconditional re-poll of the same state as the like-for-like baseline.
 */
export async function benchPoll(): Promise<BenchRow[]> {
  const server = await startFeedServer();
  const fetcher = createSafeFetcher({
    allowPrivateHosts: [HOST],
    resolver: async () => [{ address: '127.0.0.1', family: 4 }],
    perHostConcurrency: PER_HOST,
  });
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-poll-'));
  const store = createSqliteStore(join(dir, 'lede.sqlite'));
  let now = Date.UTC(2025, 0, 1);
  const deps: PollDeps = { store, fetcher, clock: { now: () => now }, log: quietLog };
  try {
    for (let id = 0; id < FEEDS; id++)
      store.addFeed(`http://${HOST}:${server.port}/feed/${id}`, null, now);
    const first = await timedPass(deps);
    now += INTERVAL_MS;
    server.bump();
    const conditional = await timedPass(deps);
    now += INTERVAL_MS;
    server.bump();
    const plain = await timedPass({ ...deps, fetcher: unconditional(fetcher) });
    return rows(first, conditional, plain);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
    await fetcher.close();
    await server.close();
  }
}

type Pass = { ms: number; summary: PassSummary };

function rows(first: Pass, conditional: Pass, plain: Pass): BenchRow[] {
  const section = 'poll';
  const c = conditional.summary.counts;
  const setup = `${FEEDS} feeds × ${ITEMS} items, concurrency ${CONCURRENCY}, per-host ${PER_HOST}, real SQLite file (WAL)`;
  return [
    {
      section,
      metric: `pollDueFeeds, ${FEEDS} feeds, conditional GET: pass time`,
      value: Math.round(conditional.ms),
      unit: 'ms',
      baseline: { name: 'unconditional re-poll, same state', value: Math.round(plain.ms) },
      note: `${c['not-modified']} answered 304, ${c.updated} updated, ${conditional.summary.newItems} new items; ${setup}`,
    },
    {
      section,
      metric: `pollDueFeeds, ${FEEDS} feeds: first pass (unconditional, all new)`,
      value: Math.round(first.ms),
      unit: 'ms',
      note: `${first.summary.counts.updated} updated, ${first.summary.newItems} announced (first-poll limit), ${FEEDS * ITEMS} items stored`,
    },
    {
      section,
      metric: `pollDueFeeds, ${FEEDS} feeds, conditional GET: feeds per second`,
      value: Math.round((FEEDS * 1000) / conditional.ms),
      unit: 'feeds/s',
      baseline: { name: 'unconditional re-poll', value: Math.round((FEEDS * 1000) / plain.ms) },
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchPoll());
}
