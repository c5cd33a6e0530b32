import type { ChannelRef, ScheduleRunStore } from '../../services/ports.js';
import type { Db } from './open-database.js';

const channelParams = (channel: ChannelRef) => ({
  platform: channel.platform,
  channelId: channel.id,
});

/** The run state of the schedules table: last run, last change, pause reason. */
export function createScheduleRunStore(db: Db): ScheduleRunStore {
  const channel = 'platform = @platform AND channel_id = @channelId';
  const lastRun = db.prepare(`UPDATE schedules SET last_run_at = @now WHERE ${channel}`);
  const updatedAt = db.prepare(`SELECT updated_at AS at FROM schedules WHERE ${channel}`);
  const pause = db.prepare(`UPDATE schedules SET paused_reason = @reason WHERE ${channel}`);
  return {
    recordRun: (ref, now) => void lastRun.run({ ...channelParams(ref), now }),
    updatedAt: (ref) =>
      (updatedAt.get(channelParams(ref)) as { at: number } | undefined)?.at ?? null,
    pause: (ref, reason) => void pause.run({ ...channelParams(ref), reason }),
  };
}
