import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/adapters/sqlite/migrations.js';
import { createSqliteStore } from '../../../src/adapters/sqlite/sqlite-store.js';
import type { ChannelRef, NewItem } from '../../../src/services/ports.js';

const general: ChannelRef = { platform: 'discord', id: '111' };
const other: ChannelRef = { platform: 'slack', id: 'C222' };

function item(
  identity: string,
  title: string,
  publishedAt: number | null = null,
  announce = true,
): NewItem {
  return {
    identity,
    url: `https://news.example/${identity}`,
    title,
    author: null,
    publishedAt,
    summary: null,
    contentHtml: null,
    announce,
  };
}

function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'lede-store-')), 'nested', 'lede.sqlite');
}

describe('SQLite store', () => {
  it('keeps feeds, subscriptions and items across a restart', () => {
    const path = tempDbPath();
    const first = createSqliteStore(path);
    const feed = first.addFeed('https://news.example/rss', 'Example News', 1000);
    first.subscribe(general, feed.id, 'u1', 1000);
    expect(first.saveItems(feed.id, [item('a', 'A', 900), item('b', 'B', 950)], 1000)).toBe(2);
    first.close();

    const second = createSqliteStore(path);
    expect(second.channelFeeds(general).map((f) => f.title)).toEqual(['Example News']);
    expect(second.seenIdentities(feed.id)).toEqual(new Set(['a', 'b']));
    expect(second.recentItems(general, 0, 10).map((i) => i.title)).toEqual(['B', 'A']);
    second.close();
  });

  it('adds a feed once per URL and lets several channels follow it', () => {
    const store = createSqliteStore(tempDbPath());
    const a = store.addFeed('https://news.example/rss', null, 1);
    const b = store.addFeed('https://news.example/rss', 'Later title', 2);
    expect(b.id).toBe(a.id);
    store.subscribe(general, a.id, 'u1', 1);
    store.subscribe(general, a.id, 'u1', 2);
    store.subscribe(other, a.id, 'u2', 3);
    expect(store.channelFeeds(general)).toHaveLength(1);
    expect(store.channelFeeds(other)).toHaveLength(1);
    expect(store.unsubscribe(general, a.id)).toBe(true);
    expect(store.unsubscribe(general, a.id)).toBe(false);
    expect(store.channelFeeds(other)).toHaveLength(1);
    expect(store.dropFeedIfUnfollowed(a.id)).toBe(false);
    store.saveItems(a.id, [item('x', 'X')], 4);
    expect(store.unsubscribe(other, a.id)).toBe(true);
    expect(store.dropFeedIfUnfollowed(a.id)).toBe(true);
    expect(store.getFeed(a.id)).toBeNull();
    expect(store.seenIdentities(a.id).size).toBe(0);
    store.close();
  });

  it('refreshes an item whose content changed without counting it as new', () => {
    const store = createSqliteStore(tempDbPath());
    const feed = store.addFeed('https://news.example/rss', null, 1);
    store.subscribe(general, feed.id, 'u1', 1);
    expect(store.saveItems(feed.id, [item('a', 'First title')], 10)).toBe(1);
    expect(store.saveItems(feed.id, [item('a', 'Corrected title'), item('c', 'C')], 20)).toBe(1);
    const items = store.recentItems(general, 0, 10);
    expect(items.map((i) => [i.identity, i.title, i.firstSeenAt])).toEqual([
      ['c', 'C', 20],
      ['a', 'Corrected title', 10],
    ]);
    store.close();
  });

  it('tracks fetch health: validators, failures and the reason a feed was disabled', () => {
    const store = createSqliteStore(tempDbPath());
    const feed = store.addFeed('https://news.example/rss', null, 0);
    store.subscribe(general, feed.id, 'u1', 0);
    expect(store.dueFeeds(0, 10).map((f) => f.id)).toEqual([feed.id]);
    store.recordFetchSuccess(feed.id, {
      checkedAt: 5,
      nextCheckAt: 100,
      etag: '"v1"',
      lastModified: 'Tue, 01 Dec 2026 08:00:00 GMT',
      title: 'Named',
    });
    expect(store.dueFeeds(50, 10)).toEqual([]);
    expect(store.getFeed(feed.id)).toMatchObject({ etag: '"v1"', title: 'Named', failureCount: 0 });
    store.recordFetchFailure(feed.id, {
      checkedAt: 100,
      nextCheckAt: 200,
      error: 'timeout',
      disabledReason: null,
    });
    store.recordFetchFailure(feed.id, {
      checkedAt: 200,
      nextCheckAt: 400,
      error: 'HTTP 410',
      disabledReason: 'The feed is gone (HTTP 410).',
    });
    expect(store.getFeed(feed.id)).toMatchObject({
      failureCount: 2,
      lastError: 'HTTP 410',
      disabledReason: 'The feed is gone (HTTP 410).',
    });
    expect(store.dueFeeds(10_000, 10)).toEqual([]);
    store.close();
  });

  it('remembers items that predate the subscription without ever offering them for a digest', () => {
    const store = createSqliteStore(tempDbPath());
    const feed = store.addFeed('https://news.example/rss', null, 0);
    store.subscribe(general, feed.id, 'u1', 0);
    store.saveItems(feed.id, [item('old', 'Old', 1, false), item('new', 'New', 2)], 5);
    expect(store.seenIdentities(feed.id)).toEqual(new Set(['old', 'new']));
    expect(store.recentItems(general, 0, 10).map((i) => [i.identity, i.announce])).toEqual([
      ['new', 1],
    ]);
    store.close();
  });

  it('stores an item analysis next to the item', () => {
    const store = createSqliteStore(tempDbPath());
    const feed = store.addFeed('https://news.example/rss', null, 0);
    store.subscribe(general, feed.id, 'u1', 0);
    store.saveItems(feed.id, [item('a', 'A')], 1);
    const [stored] = store.recentItems(general, 0, 1);
    store.saveItemAnalysis(stored!.id, 'Plain text.', '{"notes":[]}');
    expect(store.recentItems(general, 0, 1)[0]).toMatchObject({
      text: 'Plain text.',
      analysisJson: '{"notes":[]}',
    });
    store.close();
  });

  it('refuses a database written by a newer Lede and leaves it untouched', () => {
    const path = tempDbPath();
    createSqliteStore(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    expect(() => createSqliteStore(path)).toThrow(/written by a newer Lede/);
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    check.close();
  });
});
