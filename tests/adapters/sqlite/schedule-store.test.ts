import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../../src/adapters/sqlite/open-stores.js';
import type { ChannelRef } from '../../../src/services/ports.js';

const channel: ChannelRef = { platform: 'slack', id: 'C0123' };

describe('schedule store', () => {
  it('keeps one schedule per channel across a restart, and replaces it when set again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-sched-'));
    const first = openStores(dir);
    first.schedules.setSchedule(
      { channel, cron: '0 8 * * *', timezone: 'Europe/Berlin', label: 'daily 08:00', maxItems: 10 },
      'U1',
      100,
    );
    first.schedules.setSchedule(
      { channel, cron: '30 17 * * 1-5', timezone: 'UTC', label: 'weekdays 17:30', maxItems: 5 },
      'U2',
      200,
    );
    first.close();
    const second = openStores(dir);
    expect(second.schedules.getSchedule(channel)).toEqual({
      channel,
      cron: '30 17 * * 1-5',
      timezone: 'UTC',
      label: 'weekdays 17:30',
      maxItems: 5,
      thread: false,
      mention: null,
      lastRunAt: null,
      pausedReason: null,
    });
    expect(second.schedules.allSchedules()).toHaveLength(1);
    expect(second.schedules.clearSchedule(channel)).toBe(true);
    expect(second.schedules.clearSchedule(channel)).toBe(false);
    expect(second.schedules.getSchedule(channel)).toBeNull();
    second.close();
  });

  it("keeps a schedule's thread and mention, and clears them when set again without", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-sched-'));
    const stores = openStores(dir);
    const base = {
      channel,
      cron: '0 8 * * *',
      timezone: 'UTC',
      label: 'daily 08:00',
      maxItems: 10,
    };
    stores.schedules.setSchedule({ ...base, thread: true, mention: 'S0NEWS' }, 'U1', 100);
    expect(stores.schedules.getSchedule(channel)).toMatchObject({
      thread: true,
      mention: 'S0NEWS',
    });
    stores.schedules.setSchedule(base, 'U1', 200);
    expect(stores.schedules.getSchedule(channel)).toMatchObject({ thread: false, mention: null });
    stores.close();
  });
});
