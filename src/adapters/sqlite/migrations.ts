/**
 * Numbered schema migrations. Each runs once, in order, inside a transaction, and moves
 * `PRAGMA user_version` to its number. Never edit a shipped migration: add the next one.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    last_checked_at INTEGER,
    next_check_at INTEGER NOT NULL DEFAULT 0,
    failure_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    disabled_reason TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE channel_feeds (
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    added_by TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (platform, channel_id, feed_id)
  );
  CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    identity TEXT NOT NULL,
    url TEXT,
    title TEXT,
    author TEXT,
    published_at INTEGER,
    first_seen_at INTEGER NOT NULL,
    -- 0 for items that existed before the feed was added: remembered, never posted.
    announce INTEGER NOT NULL DEFAULT 1,
    summary TEXT,
    content_html TEXT,
    text TEXT,
    analysis_json TEXT,
    UNIQUE (feed_id, identity)
  );
  CREATE INDEX items_by_feed_and_time ON items (feed_id, first_seen_at);
  `,
  `
  CREATE TABLE schedules (
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    cron TEXT NOT NULL,
    timezone TEXT NOT NULL,
    label TEXT NOT NULL,
    max_items INTEGER NOT NULL,
    last_run_at INTEGER,
    paused_reason TEXT,
    updated_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (platform, channel_id)
  );
  `,
  `
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    slot_at INTEGER NOT NULL,
    window_start INTEGER NOT NULL,
    window_end INTEGER NOT NULL,
    -- channel + scheduled slot: a slot is queued at most once, whatever crashes around it.
    idempotency_key TEXT NOT NULL UNIQUE,
    messages_json TEXT NOT NULL,
    -- one platform message id per part, null until the platform confirmed that part.
    platform_ids_json TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
      CHECK (state IN ('pending', 'sending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    delivered_at INTEGER
  );
  CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
  CREATE TABLE deliveries (
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    PRIMARY KEY (platform, channel_id, item_id)
  );
  `,
  `
  ALTER TABLE schedules ADD COLUMN thread INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE schedules ADD COLUMN mention TEXT;
  -- one placement per part (see Placement in src/services/ports.ts); NULL: every part to the channel.
  ALTER TABLE outbox ADD COLUMN placements_json TEXT;
  `,
  `
  -- Per-channel filters of a followed feed, as formatFilterTerms writes them; NULL: none.
  ALTER TABLE channel_feeds ADD COLUMN include_terms TEXT;
  ALTER TABLE channel_feeds ADD COLUMN exclude_terms TEXT;
  `,
];
