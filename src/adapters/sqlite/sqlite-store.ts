import type {
  ChannelRef,
  FeedRecord,
  FetchFailure,
  FetchSuccess,
  NewItem,
  Store,
  StoredItem,
  SubscribedFeed,
} from '../../services/ports.js';
import { type Db, openDatabase } from './open-database.js';

const feedColumns = `id, url, title, etag, last_modified AS lastModified,
  last_checked_at AS lastCheckedAt, next_check_at AS nextCheckAt, failure_count AS failureCount,
  last_error AS lastError, disabled_reason AS disabledReason`;

const itemColumns = `items.id, items.feed_id AS feedId, identity, items.url, items.title, author,
  published_at AS publishedAt, first_seen_at AS firstSeenAt, announce = 1 AS announce, summary, content_html AS contentHtml,
  text, analysis_json AS analysisJson`;

const unfollowed = 'NOT EXISTS (SELECT 1 FROM channel_feeds WHERE feed_id = feeds.id)';

/** Lede's store on one SQLite file (better-sqlite3, WAL mode). */
export function createSqliteStore(path: string): Store {
  return createStoreOn(openDatabase(path));
}

/** The store over an open database (shared with the schedule store in one process). */
export function createStoreOn(db: Db): Store {
  const statements = prepare(db);
  return {
    addFeed(url, title, now) {
      statements.insertFeed.run({ url, title, now });
      return statements.feedByUrl.get(url) as FeedRecord;
    },
    getFeed: (id) => (statements.feedById.get(id) as FeedRecord | undefined) ?? null,
    feedByUrl: (url) => (statements.feedByUrl.get(url) as FeedRecord | undefined) ?? null,
    inTransaction: (work) => db.transaction(work)(),
    subscribe(channel, feedId, addedBy, now) {
      statements.subscribe.run({ ...channelParams(channel), feedId, addedBy, now });
    },
    unsubscribe: (channel, feedId) =>
      statements.unsubscribe.run({ ...channelParams(channel), feedId }).changes > 0,
    channelFeeds: (channel) =>
      statements.channelFeeds.all(channelParams(channel)) as SubscribedFeed[],
    setFeedFilter: (channel, feedId, filter) =>
      statements.setFilter.run({ ...channelParams(channel), feedId, ...filter }).changes > 0,
    dropFeedIfUnfollowed: (feedId) => statements.dropUnfollowed.run(feedId).changes > 0,
    dropOrphanFeeds: () => statements.dropOrphans.run().changes,
    dueFeeds: (now, limit) => statements.dueFeeds.all({ now, limit }) as FeedRecord[],
    recordFetchSuccess(feedId, result: FetchSuccess) {
      statements.fetchSuccess.run({ feedId, title: null, ...result });
    },
    recordFetchFailure(feedId, result: FetchFailure) {
      statements.fetchFailure.run({ feedId, ...result });
    },
    seenIdentities: (feedId) =>
      new Set((statements.identities.all(feedId) as { identity: string }[]).map((r) => r.identity)),
    saveItems: db.transaction((feedId: number, items: NewItem[], now: number) => {
      let added = 0;
      for (const item of items) {
        const known = statements.itemSeenAt.get({ feedId, identity: item.identity }) !== undefined;
        statements.upsertItem.run({ ...item, announce: item.announce ? 1 : 0, feedId, now });
        if (!known) added++;
      }
      return added;
    }),
    saveItemAnalysis(itemId, text, analysisJson) {
      statements.itemAnalysis.run({ itemId, text, analysisJson });
    },
    recentItems: (channel, since, max) =>
      statements.recentItems.all({ ...channelParams(channel), since, max }) as StoredItem[],
    close: () => db.close(),
  };
}

function channelParams(channel: ChannelRef) {
  return { platform: channel.platform, channelId: channel.id };
}

function prepare(db: Db) {
  return {
    insertFeed: db.prepare(
      'INSERT INTO feeds (url, title, created_at) VALUES (@url, @title, @now) ON CONFLICT(url) DO NOTHING',
    ),
    feedByUrl: db.prepare(`SELECT ${feedColumns} FROM feeds WHERE url = ?`),
    feedById: db.prepare(`SELECT ${feedColumns} FROM feeds WHERE id = ?`),
    subscribe: db.prepare(
      `INSERT INTO channel_feeds (platform, channel_id, feed_id, added_by, added_at)
       VALUES (@platform, @channelId, @feedId, @addedBy, @now) ON CONFLICT DO NOTHING`,
    ),
    unsubscribe: db.prepare(
      'DELETE FROM channel_feeds WHERE platform = @platform AND channel_id = @channelId AND feed_id = @feedId',
    ),
    channelFeeds: db.prepare(
      `SELECT ${feedColumns}, include_terms AS includeTerms, exclude_terms AS excludeTerms
       FROM feeds JOIN channel_feeds ON channel_feeds.feed_id = feeds.id
       WHERE platform = @platform AND channel_id = @channelId ORDER BY added_at, feeds.id`,
    ),
    setFilter: db.prepare(
      `UPDATE channel_feeds SET include_terms = @includeTerms, exclude_terms = @excludeTerms
       WHERE platform = @platform AND channel_id = @channelId AND feed_id = @feedId`,
    ),
    dropUnfollowed: db.prepare(`DELETE FROM feeds WHERE id = ? AND ${unfollowed}`),
    dropOrphans: db.prepare(`DELETE FROM feeds WHERE ${unfollowed}`),
    dueFeeds: db.prepare(
      `SELECT ${feedColumns} FROM feeds WHERE disabled_reason IS NULL AND next_check_at <= @now
       AND NOT (${unfollowed}) ORDER BY next_check_at LIMIT @limit`,
    ),
    fetchSuccess: db.prepare(
      `UPDATE feeds SET etag = @etag, last_modified = @lastModified, last_checked_at = @checkedAt,
       next_check_at = @nextCheckAt, failure_count = 0, last_error = NULL,
       title = COALESCE(@title, title) WHERE id = @feedId`,
    ),
    fetchFailure: db.prepare(
      `UPDATE feeds SET last_checked_at = @checkedAt, next_check_at = @nextCheckAt,
       failure_count = failure_count + 1, last_error = @error, disabled_reason = @disabledReason
       WHERE id = @feedId`,
    ),
    identities: db.prepare('SELECT identity FROM items WHERE feed_id = ?'),
    upsertItem: db.prepare(
      `INSERT INTO items (feed_id, identity, url, title, author, published_at, first_seen_at,
         announce, summary, content_html)
       VALUES (@feedId, @identity, @url, @title, @author, @publishedAt, @now, @announce, @summary,
         @contentHtml)
       ON CONFLICT(feed_id, identity) DO UPDATE SET url = excluded.url, title = excluded.title,
         author = excluded.author, published_at = excluded.published_at,
         summary = excluded.summary, content_html = excluded.content_html`,
    ),
    itemSeenAt: db.prepare(
      'SELECT first_seen_at AS firstSeenAt FROM items WHERE feed_id = @feedId AND identity = @identity',
    ),
    itemAnalysis: db.prepare(
      'UPDATE items SET text = @text, analysis_json = @analysisJson WHERE id = @itemId',
    ),
    recentItems: db.prepare(
      `SELECT ${itemColumns} FROM items JOIN channel_feeds ON channel_feeds.feed_id = items.feed_id
       WHERE platform = @platform AND channel_id = @channelId AND first_seen_at >= @since
         AND announce = 1
       ORDER BY COALESCE(published_at, first_seen_at) DESC, items.id DESC LIMIT @max`,
    ),
  };
}
