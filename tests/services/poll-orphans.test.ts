import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher, type SafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import { openStores, type Stores } from '../../src/adapters/sqlite/open-stores.js';
import { createChannelServices } from '../../src/services/channel-services.js';
import { pollDueFeeds } from '../../src/services/poll-feeds.js';
import type { ChannelRef, Store } from '../../src/services/ports.js';
import { type LocalServer, startLocalServer } from '../helpers/local-server.js';

const T0 = Date.UTC(2025, 5, 1, 8);
const channel: ChannelRef = { platform: 'console', id: 'terminal' };
const feedXml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>
  <item><title>One</title><guid>one</guid></item><item><title>Two</title><guid>two</guid></item>
  </channel></rss>`;

let server: LocalServer;
let fetcher: SafeFetcher;
const requested: string[] = [];

beforeAll(async () => {
  server = await startLocalServer();
  for (const path of ['/herald.rss', '/orphan.rss', '/followed.rss']) {
    server.route(path, (_req, res) => {
      requested.push(path);
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml);
    });
  }
  fetcher = createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'], clock: { now: () => T0 } });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

function tempStores(): { stores: Stores; path: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'lede-orphans-'));
  return { stores: openStores(dataDir), path: join(dataDir, 'lede.sqlite') };
}

const feedRows = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT url FROM feeds').pluck().all();
  } finally {
    db.close();
  }
};

function channelServices(store: Store, stores: Stores) {
  const log = { debug() {}, info() {}, warn() {}, error() {} };
  return createChannelServices({
    store,
    schedules: stores.schedules,
    fetcher,
    // Adding a feed never analyses or reads articles.
    engine: {} as never,
    itemText: {} as never,
    clock: { now: () => T0 },
    log,
  });
}

describe('feeds no channel follows', () => {
  it('leaves no feed behind when the first check fails midway (a full disk)', async () => {
    const { stores, path } = tempStores();
    const fullDisk: Store = {
      ...stores.feeds,
      saveItems: () => {
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      },
    };
    const services = channelServices(fullDisk, stores);
    await expect(
      services.addFeed(channel, `${server.origin}/herald.rss`, 'tester'),
    ).rejects.toThrow('disk is full');
    expect(feedRows(path)).toEqual([]);
    stores.close();
  });

  it('stores the feed, its items and the subscription together when the first check works', async () => {
    const { stores, path } = tempStores();
    const added = await channelServices(stores.feeds, stores).addFeed(
      channel,
      `${server.origin}/herald.rss`,
      'tester',
    );
    expect(added).toMatchObject({ title: 'Herald', items: 2 });
    expect(feedRows(path)).toEqual([`${server.origin}/herald.rss`]);
    expect(stores.feeds.channelFeeds(channel).map((f) => f.title)).toEqual(['Herald']);
    stores.close();
  });

  it('never fetches a feed no channel follows, and removes it at the next poll', async () => {
    const { stores, path } = tempStores();
    const orphan = stores.feeds.addFeed(`${server.origin}/orphan.rss`, null, T0);
    const followed = stores.feeds.addFeed(`${server.origin}/followed.rss`, null, T0);
    stores.feeds.subscribe(channel, followed.id, 'tester', T0);
    requested.length = 0;
    const log = { debug() {}, info() {}, warn() {}, error() {} };
    const summary = await pollDueFeeds({
      store: stores.feeds,
      fetcher,
      clock: { now: () => T0 },
      log,
    });
    expect(summary.checked).toBe(1);
    expect(requested).toEqual(['/followed.rss']);
    expect(stores.feeds.getFeed(orphan.id)).toBeNull();
    expect(feedRows(path)).toEqual([`${server.origin}/followed.rss`]);
    stores.close();
  });
});
