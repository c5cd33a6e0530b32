import type {
  ChannelRef,
  NewOutboxEntry,
  OutboxEntry,
  OutboxStore,
  Placement,
  ScheduleRunStore,
} from '../../services/ports.js';
import type { Db } from './open-database.js';

/** An outbox row as SQLite returns it: the channel split in two, the arrays as JSON text. */
type Row = Omit<OutboxEntry, 'channel' | 'messages' | 'platformIds' | 'placements'> & {
  platform: ChannelRef['platform'];
  channelId: string;
  messagesJson: string;
  platformIdsJson: string;
  placementsJson: string | null;
};

const columns = `id, platform, channel_id AS channelId, idempotency_key AS key, slot_at AS slotAt,
  window_start AS windowStart, window_end AS windowEnd, messages_json AS messagesJson,
  platform_ids_json AS platformIdsJson, placements_json AS placementsJson, state, attempts, next_attempt_at AS nextAttemptAt,
  last_error AS lastError, created_at AS createdAt, delivered_at AS deliveredAt`;

const channelParams = (channel: ChannelRef) => ({
  platform: channel.platform,
  channelId: channel.id,
});

/**
 * The delivery outbox and the record of which items each channel already got, on one file.
 * `runs` shares the connection: queueing records the schedule's run in the same transaction.
 */
export function createOutboxStore(db: Db, runs: ScheduleRunStore): OutboxStore {
  const s = prepare(db);
  const get = (id: number) => toEntry(s.byId.get(id) as Row | undefined);
  const enqueue = db.transaction((entry: NewOutboxEntry, now: number): OutboxEntry | null => {
    if (s.byKey.get(entry.key)) return null;
    const { lastInsertRowid } = s.insert.run({
      ...channelParams(entry.channel),
      key: entry.key,
      slotAt: entry.slotAt,
      windowStart: entry.windowStart,
      windowEnd: entry.windowEnd,
      messagesJson: JSON.stringify(entry.messages),
      platformIdsJson: JSON.stringify(entry.messages.map(() => null)),
      placementsJson: entry.placements ? JSON.stringify(entry.placements) : null,
      now,
    });
    const outboxId = Number(lastInsertRowid);
    for (const itemId of entry.itemIds) {
      s.deliver.run({ ...channelParams(entry.channel), itemId, outboxId });
    }
    runs.recordRun(entry.channel, now);
    return get(outboxId);
  });
  const markPart = db.transaction((id: number, part: number, platformId: string) => {
    const row = s.byId.get(id) as Row | undefined;
    if (!row) return;
    const ids = JSON.parse(row.platformIdsJson) as (string | null)[];
    ids[part] = platformId;
    s.setIds.run({ id, ids: JSON.stringify(ids) });
  });
  return {
    enqueue: (entry, now) => enqueue(entry, now),
    hasKey: (key) => s.byKey.get(key) !== undefined,
    takenItems(channel, itemIds) {
      if (itemIds.length === 0) return new Set();
      const rows = s.taken.all({
        ...channelParams(channel),
        ids: JSON.stringify(itemIds),
      }) as { itemId: number }[];
      return new Set(rows.map((r) => r.itemId));
    },
    get,
    due: (now, limit) => (s.due.all({ now, limit }) as Row[]).map((r) => toEntry(r)!),
    nextAttemptAt: () => (s.next.get() as { at: number | null }).at,
    markSending: (id, now) => void s.sending.run({ id, now }),
    markPart: (id, part, platformId) => markPart(id, part, platformId),
    markDelivered: (id, now) => void s.delivered.run({ id, now }),
    markRetry: (id, error, at) => void s.retry.run({ id, error, at }),
    markFailed: (id, error) => void s.failed.run({ id, error }),
    list: () => (s.all.all() as Row[]).map((r) => toEntry(r)!),
  };
}

function toEntry(row: Row | undefined): OutboxEntry | null {
  if (!row) return null;
  const { platform, channelId, messagesJson, platformIdsJson, placementsJson, ...rest } = row;
  const messages = JSON.parse(messagesJson) as unknown[];
  return {
    ...rest,
    channel: { platform, id: channelId },
    messages,
    placements: placementsJson
      ? (JSON.parse(placementsJson) as Placement[])
      : messages.map(() => ({ kind: 'post' })),
    platformIds: JSON.parse(platformIdsJson) as (string | null)[],
  };
}

function prepare(db: Db) {
  const channel = 'platform = @platform AND channel_id = @channelId';
  return {
    byId: db.prepare(`SELECT ${columns} FROM outbox WHERE id = ?`),
    byKey: db.prepare('SELECT id FROM outbox WHERE idempotency_key = ?'),
    insert: db.prepare(
      `INSERT INTO outbox (platform, channel_id, idempotency_key, slot_at, window_start,
         window_end, messages_json, platform_ids_json, placements_json, next_attempt_at, created_at)
       VALUES (@platform, @channelId, @key, @slotAt, @windowStart, @windowEnd, @messagesJson,
         @platformIdsJson, @placementsJson, @now, @now)`,
    ),
    deliver: db.prepare(
      `INSERT INTO deliveries (platform, channel_id, item_id, outbox_id)
       VALUES (@platform, @channelId, @itemId, @outboxId) ON CONFLICT DO NOTHING`,
    ),
    taken: db.prepare(
      `SELECT item_id AS itemId FROM deliveries
       WHERE ${channel} AND item_id IN (SELECT value FROM json_each(@ids))`,
    ),
    due: db.prepare(
      `SELECT ${columns} FROM outbox WHERE state IN ('pending', 'sending')
       AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @limit`,
    ),
    next: db.prepare(
      "SELECT MIN(next_attempt_at) AS at FROM outbox WHERE state IN ('pending', 'sending')",
    ),
    sending: db.prepare(
      `UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = @id
       AND state IN ('pending', 'sending')`,
    ),
    setIds: db.prepare('UPDATE outbox SET platform_ids_json = @ids WHERE id = @id'),
    delivered: db.prepare(
      "UPDATE outbox SET state = 'delivered', delivered_at = @now, last_error = NULL WHERE id = @id",
    ),
    retry: db.prepare(
      `UPDATE outbox SET state = 'sending', last_error = @error, next_attempt_at = @at
       WHERE id = @id`,
    ),
    failed: db.prepare("UPDATE outbox SET state = 'failed', last_error = @error WHERE id = @id"),
    all: db.prepare(`SELECT ${columns} FROM outbox ORDER BY id`),
  };
}
