import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/adapters/sqlite/migrations.js';
import { createSqliteStore } from '../../../src/adapters/sqlite/sqlite-store.js';
import type { ChannelRef } from '../../../src/services/ports.js';

const general: ChannelRef = { platform: 'discord', id: '111' };
const other: ChannelRef = { platform: 'slack', id: 'C222' };

/** The index of the migration that added filter terms: the schema before it is the old one. */
const filterMigration = migrations.findIndex((m) => m.includes('include_terms'));

/** A database file as the Lede before filters left it, with a feed two channels follow. */
function databaseBeforeFilters(): string {
  if (filterMigration < 1) throw new Error('no migration adds include_terms');
  const path = join(mkdtempSync(join(tmpdir(), 'lede-migrate-')), 'lede.sqlite');
  const db = new Database(path);
  for (const migration of migrations.slice(0, filterMigration)) db.exec(migration);
  db.pragma(`user_version = ${filterMigration}`);
  db.exec(`
    INSERT INTO feeds (id, url, title, last_checked_at, next_check_at, created_at)
      VALUES (7, 'https://news.example/rss', 'Example News', 1000, 2000, 500);
    INSERT INTO channel_feeds VALUES ('discord', '111', 7, 'u1', 600), ('slack', 'C222', 7, 'u2', 700);
    INSERT INTO items (feed_id, identity, url, title, first_seen_at, summary)
      VALUES (7, 'a', 'https://news.example/a', 'Bridge repairs approved', 900, 'The council voted.');
  `);
  db.close();
  return path;
}

describe('the filter migration', () => {
  it('keeps feeds, subscriptions and items of an older database, with no filters set', () => {
    const store = createSqliteStore(databaseBeforeFilters());
    expect(store.channelFeeds(general)).toMatchObject([
      { id: 7, title: 'Example News', lastCheckedAt: 1000, includeTerms: null, excludeTerms: null },
    ]);
    expect(store.channelFeeds(other)).toHaveLength(1);
    expect(store.recentItems(general, 0, 10)).toMatchObject([
      { title: 'Bridge repairs approved', summary: 'The council voted.' },
    ]);
    store.close();
  });

  it('stores filters per channel: one channel’s terms leave the other’s subscription alone', () => {
    const path = databaseBeforeFilters();
    const store = createSqliteStore(path);
    expect(
      store.setFeedFilter(general, 7, { includeTerms: 'bridge', excludeTerms: '"city hall"' }),
    ).toBe(true);
    expect(store.setFeedFilter(general, 8, { includeTerms: 'x', excludeTerms: null })).toBe(false);
    store.close();
    const reopened = createSqliteStore(path);
    expect(reopened.channelFeeds(general)[0]).toMatchObject({
      includeTerms: 'bridge',
      excludeTerms: '"city hall"',
    });
    expect(reopened.channelFeeds(other)[0]).toMatchObject({ includeTerms: null });
    reopened.close();
  });
});
