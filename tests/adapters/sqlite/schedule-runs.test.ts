import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStores, type Stores } from '../../../src/adapters/sqlite/open-stores.js';
import type { ChannelRef } from '../../../src/services/ports.js';

const channel: ChannelRef = { platform: 'discord', id: 'C1' };
const other: ChannelRef = { platform: 'discord', id: 'C2' };
let stores: Stores;

function scheduled(): Stores {
  stores = openStores(mkdtempSync(join(tmpdir(), 'lede-runs-')));
  for (const ref of [channel, other]) {
    const spec = { cron: '0 8 * * *', timezone: 'UTC', label: 'daily 08:00', maxItems: 10 };
    stores.schedules.setSchedule({ channel: ref, ...spec }, 'U1', 500);
  }
  return stores;
}

afterEach(() => stores.close());

describe('schedule run state, its own port (real SQLite file)', () => {
  it('records a run, tells when the schedule was set and pauses it, one channel at a time', () => {
    const { runs, schedules } = scheduled();
    runs.recordRun(channel, 2_000);
    runs.pause(channel, 'the bot was removed from the channel');
    expect(schedules.getSchedule(channel)).toMatchObject({
      lastRunAt: 2_000,
      pausedReason: 'the bot was removed from the channel',
    });
    expect(schedules.getSchedule(other)).toMatchObject({ lastRunAt: null, pausedReason: null });
    expect(runs.updatedAt(channel)).toBe(500);
    expect(runs.updatedAt({ platform: 'slack', id: 'none' })).toBeNull();
  });

  it('is moved by queueing a digest, and not by a slot queued twice', () => {
    const { runs, outbox, schedules } = scheduled();
    const entry = {
      channel,
      key: 'discord:C1@2026-05-01T08:00:00.000Z',
      slotAt: 0,
      windowStart: 0,
      windowEnd: 1,
      itemIds: [],
      messages: [{ content: 'Digest' }],
    };
    expect(outbox.enqueue(entry, 3_000)).not.toBeNull();
    runs.recordRun(channel, 4_000);
    expect(outbox.enqueue(entry, 5_000)).toBeNull();
    expect(schedules.getSchedule(channel)?.lastRunAt).toBe(4_000);
  });
});
