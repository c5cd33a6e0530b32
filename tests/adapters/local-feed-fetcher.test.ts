import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import { withLocalFeeds } from '../../src/adapters/local-feed-fetcher.js';
import { openStores } from '../../src/adapters/sqlite/open-stores.js';
import { parseFeed } from '../../src/core/feed/parse-feed.js';
import type { Fetcher, FetchRequest } from '../../src/core/fetch-outcome.js';
import { createChannelServices } from '../../src/services/channel-services.js';
import { createItemText } from '../../src/services/item-text.js';
import { pollDueFeeds } from '../../src/services/poll-feeds.js';
import type { ChannelRef } from '../../src/services/ports.js';
import { repoRoot } from '../helpers/run-lede.js';

const T0 = Date.UTC(2026, 11, 1, 9);
const hour = 3_600_000;
const consoleChannel: ChannelRef = { platform: 'console', id: 'console' };
const log = { debug() {}, info() {}, warn() {}, error() {} };

function rss(titles: string[]): string {
  const items = titles
    .map(
      (t, i) => `<item><guid>${t}</guid><title>${t}</title>
      <pubDate>Tue, 01 Dec 2026 0${i}:00:00 GMT</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bay Ledger</title>${items}</channel></rss>`;
}

/** The web as far as these tests go: every request it gets is a failure of the test. */
const webRequests: FetchRequest[] = [];
const noWeb: Fetcher = {
  fetch: async (request) => {
    webRequests.push(request);
    return {
      kind: 'http-error',
      url: request.url,
      status: null,
      reason: 'dns',
      message: 'offline',
    };
  },
};

function setup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'lede-local-feed-'));
  const stores = openStores(dataDir);
  const now = { at: T0 };
  const clock = { now: () => now.at };
  const fetcher = withLocalFeeds(noWeb, 1_000_000);
  const channels = createChannelServices({
    store: stores.feeds,
    schedules: stores.schedules,
    fetcher,
    // Adding and polling a feed never analyses or reads articles.
    engine: {} as never,
    itemText: {} as never,
    clock,
    log,
    poll: { intervalMs: hour, firstPollLimit: 10 },
  });
  const file = join(dataDir, 'bay.xml');
  return { stores, channels, fetcher, file, now, clock };
}

describe('feeds that are files on the host (console mode)', () => {
  const safe = createSafeFetcher({});
  afterAll(() => safe.close());

  it('follows a feed file without touching the web, and reads it again at the next poll', async () => {
    const { stores, channels, fetcher, file, now, clock } = setup();
    writeFileSync(file, rss(['Ferry timetable changes']));
    const url = pathToFileURL(file).href;
    const added = await channels.addFeed(consoleChannel, url, 'console');
    expect(added).toMatchObject({ title: 'Bay Ledger', url, items: 1 });

    writeFileSync(file, rss(['Ferry timetable changes', 'Market hall reopens']));
    now.at = T0 + 2 * hour;
    const pass = await pollDueFeeds({ store: stores.feeds, fetcher, clock, log });
    expect(pass.counts.updated).toBe(1);
    expect(pass.newItems).toBe(1);
    const titles = stores.feeds.recentItems(consoleChannel, 0, 10).map((i) => i.title);
    expect(titles.sort()).toEqual(['Ferry timetable changes', 'Market hall reopens']);
    expect(webRequests).toEqual([]);
    stores.close();
  });

  it('says which file is missing and follows nothing', async () => {
    const { stores, channels, file } = setup();
    await expect(
      channels.addFeed(consoleChannel, pathToFileURL(file).href, 'console'),
    ).rejects.toThrow(`${file}: no such file.`);
    expect(stores.feeds.channelFeeds(consoleChannel)).toEqual([]);
    stores.close();
  });

  it.each(['discord', 'slack'] as const)(
    'refuses a file feed in a %s channel before reading anything',
    async (platform) => {
      const { stores, channels, file } = setup();
      writeFileSync(file, rss(['Ferry timetable changes']));
      const channel: ChannelRef = { platform, id: 'C1' };
      for (const typed of [pathToFileURL(file).href, file, 'examples/feed.xml']) {
        await expect(channels.addFeed(channel, typed, 'U1')).rejects.toThrow(
          'Give the feed’s link, starting with https://.',
        );
      }
      expect(stores.feeds.feedByUrl(pathToFileURL(file).href)).toBeNull();
      stores.close();
    },
  );

  it('never reads a file for an article link, even one a feed item carries', async () => {
    const { file } = setup();
    writeFileSync(file, 'secret');
    const outcome = await withLocalFeeds(safe, 1_000_000).fetch({
      url: pathToFileURL(file).href,
      accept: 'article',
    });
    expect(outcome).toMatchObject({ kind: 'blocked-address', reason: 'scheme' });
  });

  it('ships a sample feed whose items carry their whole text, so its digest needs no network', async () => {
    const parsed = parseFeed(readFileSync(join(repoRoot, 'examples', 'feed.xml'), 'utf8'));
    expect(parsed.kind).toBe('ok');
    const items = parsed.kind === 'ok' ? parsed.feed.items : [];
    expect(items.length).toBeGreaterThanOrEqual(4);
    const itemText = createItemText(noWeb);
    for (const item of items) {
      expect(item.url).toMatch(/^https:\/\/courier\.example\//);
      expect(await itemText(item)).toMatchObject({ from: 'content' });
    }
    expect(webRequests).toEqual([]);
  });
});
