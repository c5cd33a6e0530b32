import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher, type SafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import { createSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { pollDueFeeds, pollFeed } from '../../src/services/poll-feeds.js';
import type { ChannelRef, Store } from '../../src/services/ports.js';
import { type LocalServer, startLocalServer } from '../helpers/local-server.js';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.UTC(2025, 0, 10, 12);
const channel: ChannelRef = { platform: 'console', id: 'test' };
const quietLog = { debug() {}, info() {}, warn() {}, error() {} };

interface Entry {
  guid: string;
  title: string;
  day: number;
}

function rss(entries: Entry[]): string {
  const items = entries.map(
    (e) => `<item><title>${e.title}</title><link>https://harbour.example/${e.guid}</link>
      <guid isPermaLink="false">${e.guid}</guid><pubDate>${new Date(T0 - (10 - e.day) * DAY).toUTCString()}</pubDate>
      <description>Story ${e.guid}.</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Herald</title>${items.join('')}</channel></rss>`;
}

/** A feed whose versions the test moves through; it answers 304 to the current ETag. */
function serveChangingFeed(server: LocalServer, path: string) {
  const feed = { version: 0, entries: [] as Entry[], conditional: 0, notModified: 0 };
  server.route(path, (req, res) => {
    const etag = `"v${feed.version}"`;
    if (req.headers['if-none-match']) feed.conditional += 1;
    if (req.headers['if-none-match'] === etag) {
      feed.notModified += 1;
      return res.writeHead(304, { etag }).end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(feed.entries));
  });
  return feed;
}

const entries = (...days: number[]) =>
  days.map((day) => ({ guid: `story-${day}`, title: `Story ${day}`, day }));

describe('polling a changing feed into SQLite', () => {
  let server: LocalServer;
  let fetcher: SafeFetcher;
  const dbPath = join(mkdtempSync(join(tmpdir(), 'lede-poll-')), 'lede.sqlite');

  beforeAll(async () => {
    server = await startLocalServer();
    fetcher = createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  const announcedTitles = (store: Store) =>
    store
      .recentItems(channel, 0, 100)
      .map((i) => i.title)
      .sort();

  it('posts the newest few first, then only new items, keeps identities, and survives a restart', async () => {
    const feedSource = serveChangingFeed(server, '/herald.rss');
    feedSource.entries = entries(1, 2, 3, 4, 5);
    let now = T0;
    const clock = { now: () => now };
    const options = { intervalMs: 15 * MIN, firstPollLimit: 2 };
    let store = createSqliteStore(dbPath);
    const deps = () => ({ store, fetcher, clock, log: quietLog, options });
    const feed = store.addFeed(`${server.origin}/herald.rss`, null, now);
    store.subscribe(channel, feed.id, 'tester', now);

    const first = await pollDueFeeds(deps());
    expect(first.results).toEqual([
      { feedId: feed.id, outcome: 'updated', newItems: 2, nextCheckAt: T0 + 15 * MIN },
    ]);
    expect(announcedTitles(store)).toEqual(['Story 4', 'Story 5']);
    expect(store.seenIdentities(feed.id).size).toBe(5);
    expect(store.getFeed(feed.id)).toMatchObject({ title: 'Harbour Herald', etag: '"v0"' });

    // Not due yet: nothing is fetched.
    now += 5 * MIN;
    expect((await pollDueFeeds(deps())).checked).toBe(0);

    now += 10 * MIN;
    const unchanged = await pollDueFeeds(deps());
    expect(unchanged.counts['not-modified']).toBe(1);
    expect(feedSource.notModified).toBe(1);

    // A new story, and story 4 edited: its title changes, its guid does not.
    feedSource.version = 1;
    feedSource.entries = [
      ...entries(1, 2, 3, 5, 6),
      { guid: 'story-4', title: 'Story 4 (corrected)', day: 4 },
    ];
    now += 15 * MIN;
    expect((await pollFeed(store.getFeed(feed.id)!, deps())).newItems).toBe(1);
    expect(announcedTitles(store)).toEqual(['Story 4 (corrected)', 'Story 5', 'Story 6']);
    expect(store.seenIdentities(feed.id).size).toBe(6);

    store.close();
    store = createSqliteStore(dbPath);
    expect(announcedTitles(store)).toEqual(['Story 4 (corrected)', 'Story 5', 'Story 6']);
    now += 15 * MIN;
    expect((await pollDueFeeds(deps())).counts['not-modified']).toBe(1);

    feedSource.version = 2;
    feedSource.entries = entries(2, 3, 4, 5, 6, 7);
    now += 15 * MIN;
    const afterRestart = await pollDueFeeds(deps());
    expect(afterRestart.newItems).toBe(1);
    expect(announcedTitles(store)).toContain('Story 7');
    expect(store.seenIdentities(feed.id).size).toBe(7);
    expect(feedSource.notModified).toBe(2);
    expect(feedSource.conditional).toBe(4);
    store.close();
  });

  it('treats a feed whose first check failed as new, so its backlog is not posted', async () => {
    let failing = true;
    server.route('/late.rss', (_req, res) => {
      if (failing) return res.writeHead(503).end();
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss(entries(1, 2, 3, 4, 5, 6)));
    });
    const store = createSqliteStore(join(mkdtempSync(join(tmpdir(), 'lede-poll-')), 'db'));
    let now = T0;
    const deps = { store, fetcher, clock: { now: () => now }, log: quietLog };
    const feed = store.addFeed(`${server.origin}/late.rss`, null, now);
    expect((await pollFeed(feed, deps)).outcome).toBe('failed');
    failing = false;
    now += DAY;
    const result = await pollFeed(store.getFeed(feed.id)!, deps);
    expect(result).toMatchObject({ outcome: 'updated', newItems: 3 });
    store.close();
  });
});
