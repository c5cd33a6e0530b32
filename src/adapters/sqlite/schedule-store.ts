import type { ChannelRef, ScheduleRecord, ScheduleStore } from '../../services/ports.js';
import type { Db } from './open-database.js';

/** A schedule row as SQLite returns it, with the channel split in two. */
type Row = Omit<ScheduleRecord, 'channel' | 'thread'> & {
  platform: ChannelRef['platform'];
  channelId: string;
  thread: 0 | 1;
};

const columns = `platform, channel_id AS channelId, cron, timezone, label, max_items AS maxItems,
  thread, mention, last_run_at AS lastRunAt, paused_reason AS pausedReason`;

/** Per-channel digest schedules, in the same database file as feeds and items. */
export function createScheduleStore(db: Db): ScheduleStore {
  const upsert = db.prepare(
    `INSERT INTO schedules (platform, channel_id, cron, timezone, label, max_items, thread, mention,
       updated_by, updated_at)
     VALUES (@platform, @channelId, @cron, @timezone, @label, @maxItems, @thread, @mention, @by, @now)
     ON CONFLICT (platform, channel_id) DO UPDATE SET cron = excluded.cron,
       timezone = excluded.timezone, label = excluded.label, max_items = excluded.max_items,
       thread = excluded.thread, mention = excluded.mention, paused_reason = NULL, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  );
  const one = db.prepare(
    `SELECT ${columns} FROM schedules WHERE platform = @platform AND channel_id = @channelId`,
  );
  const remove = db.prepare(
    'DELETE FROM schedules WHERE platform = @platform AND channel_id = @channelId',
  );
  const all = db.prepare(`SELECT ${columns} FROM schedules ORDER BY platform, channel_id`);
  const key = (channel: ChannelRef) => ({ platform: channel.platform, channelId: channel.id });
  return {
    setSchedule(schedule, by, now) {
      const { channel, thread, mention, ...rest } = schedule;
      const options = { thread: thread ? 1 : 0, mention: mention ?? null };
      upsert.run({ ...key(channel), ...rest, ...options, by, now });
    },
    getSchedule: (channel) => toRecord(one.get(key(channel)) as Row | undefined),
    clearSchedule: (channel) => remove.run(key(channel)).changes > 0,
    allSchedules: () => (all.all() as Row[]).map((row) => toRecord(row)!),
  };
}

function toRecord(row: Row | undefined): ScheduleRecord | null {
  if (!row) return null;
  const { platform, channelId, thread, ...rest } = row;
  return { channel: { platform, id: channelId }, ...rest, thread: thread === 1 };
}
