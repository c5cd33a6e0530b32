import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ChannelRef,
  type ScheduleRecord,
  type ScheduleStore,
  systemClock,
} from '../../../src/services/ports.js';
import { latestSlot } from '../../../src/services/scheduler/latest-slot.js';
import { createScheduler, type SchedulerDeps } from '../../../src/services/scheduler/scheduler.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const channel: ChannelRef = { platform: 'discord', id: 'C1' };

/** An in-memory schedule store: the scheduler reads schedules, it does not own them. */
function memorySchedules(initial: ScheduleRecord[] = []) {
  const byId = new Map(initial.map((s) => [s.channel.id, s]));
  const updated = new Map<string, number>();
  const store: ScheduleStore = {
    setSchedule(s, _by, now) {
      const options = { thread: s.thread ?? false, mention: s.mention ?? null };
      byId.set(s.channel.id, { ...s, ...options, lastRunAt: null, pausedReason: null });
      updated.set(s.channel.id, now);
    },
    getSchedule: (c) => byId.get(c.id) ?? null,
    clearSchedule: (c) => byId.delete(c.id),
    allSchedules: () => [...byId.values()],
  };
  return { store, byId, updatedAt: (c: ChannelRef) => updated.get(c.id) ?? null };
}

function schedule(
  cron: string,
  timezone = 'UTC',
  extra: Partial<ScheduleRecord> = {},
): ScheduleRecord {
  return {
    channel,
    cron,
    timezone,
    label: cron,
    maxItems: 5,
    thread: false,
    mention: null,
    lastRunAt: null,
    pausedReason: null,
    ...extra,
  };
}

function setup(records: ScheduleRecord[], catchUpMs = 6 * 3_600_000, run?: SchedulerDeps['run']) {
  const schedules = memorySchedules(records);
  const runs: { channel: string; slot: string }[] = [];
  const scheduler = createScheduler({
    schedules: schedules.store,
    runs: { updatedAt: schedules.updatedAt },
    clock: systemClock,
    log: quiet,
    catchUpMs,
    jitterMs: 0,
    run:
      run ??
      (async (s, slot) => {
        runs.push({ channel: s.channel.id, slot: new Date(slot).toISOString() });
        s.lastRunAt = Date.now();
      }),
  });
  return { scheduler, runs, schedules };
}

describe('scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a daily Berlin digest at 08:00 local time on both sides of the spring DST change', async () => {
    vi.setSystemTime(new Date('2026-03-28T06:30:00Z')); // 07:30 CET, Saturday
    const { scheduler, runs } = setup([schedule('0 8 * * *', 'Europe/Berlin')]);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * 24 * 3_600_000);
    await scheduler.stop();
    // 08:00 CET is 07:00Z; after the switch on 29 March, 08:00 CEST is 06:00Z.
    expect(runs.map((r) => r.slot)).toEqual([
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
    ]);
  });

  it('runs once, not twice, in the repeated hour when DST ends in autumn', async () => {
    vi.setSystemTime(new Date('2026-10-24T23:00:00Z'));
    const { scheduler, runs } = setup([schedule('30 2 * * *', 'Europe/Berlin')]);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(6 * 3_600_000);
    await scheduler.stop();
    expect(runs).toHaveLength(1);
  });

  it('does not start a slot while the previous run of the channel is still going', async () => {
    vi.setSystemTime(new Date('2026-05-01T07:59:00Z'));
    let active = 0;
    let most = 0;
    const slots: string[] = [];
    const { scheduler } = setup([schedule('*/15 * * * *')], 0, async (_s, slot) => {
      slots.push(new Date(slot).toISOString());
      active++;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 20 * 60_000));
      active--;
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    await scheduler.stop();
    expect(most).toBe(1);
    // 08:15 and 08:45 fall while a run is still going: dropped, not queued behind it.
    expect(slots).toEqual(['2026-05-01T08:00:00.000Z', '2026-05-01T08:30:00.000Z']);
  });

  it('follows a changed schedule at once, without a restart', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:00:00Z'));
    const { scheduler, runs, schedules } = setup([schedule('0 8 * * *')]);
    scheduler.start();
    schedules.store.setSchedule(
      { channel, cron: '0 7 * * *', timezone: 'UTC', label: 'daily 07:00', maxItems: 5 },
      'U1',
      Date.now(),
    );
    scheduler.refresh(channel);
    await vi.advanceTimersByTimeAsync(3 * 3_600_000);
    expect(runs.map((r) => r.slot)).toEqual(['2026-05-01T07:00:00.000Z']);
    schedules.store.clearSchedule(channel);
    scheduler.refresh(channel);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    await scheduler.stop();
    expect(runs).toHaveLength(1);
  });

  it('skips paused schedules', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:00:00Z'));
    const { scheduler, runs } = setup([
      schedule('0 8 * * *', 'UTC', { pausedReason: 'the channel no longer exists' }),
    ]);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    await scheduler.stop();
    expect(runs).toEqual([]);
  });

  it('catches up a slot missed while down once, if it is young enough', async () => {
    vi.setSystemTime(new Date('2026-05-01T10:00:00Z'));
    const record = schedule('0 8 * * *', 'UTC', { lastRunAt: Date.parse('2026-04-30T08:00:05Z') });
    const first = setup([record]);
    first.scheduler.start();
    await first.scheduler.idle();
    await first.scheduler.stop();
    expect(first.runs.map((r) => r.slot)).toEqual(['2026-05-01T08:00:00.000Z']);
    // Restarted again: the slot was run (lastRunAt moved), so nothing more.
    const second = setup([record]);
    second.scheduler.start();
    await second.scheduler.idle();
    await second.scheduler.stop();
    expect(second.runs).toEqual([]);
  });

  it('does not catch up a slot older than the catch-up age', async () => {
    vi.setSystemTime(new Date('2026-05-01T15:00:00Z'));
    const { scheduler, runs } = setup([schedule('0 8 * * *')], 6 * 3_600_000);
    scheduler.start();
    await scheduler.idle();
    await scheduler.stop();
    expect(runs).toEqual([]);
  });

  it('does not catch up a slot from before the schedule was set', async () => {
    vi.setSystemTime(new Date('2026-05-01T10:00:00Z'));
    const { scheduler, runs, schedules } = setup([]);
    schedules.store.setSchedule(
      { channel, cron: '0 8 * * *', timezone: 'UTC', label: 'daily 08:00', maxItems: 5 },
      'U1',
      Date.parse('2026-05-01T09:00:00Z'),
    );
    scheduler.start();
    await scheduler.idle();
    await scheduler.stop();
    expect(runs).toEqual([]);
  });
});

describe('latestSlot', () => {
  it('finds the latest firing minute in a window, in the schedule’s time zone', () => {
    const spec = { cron: '0 8 * * *', timezone: 'America/New_York' };
    const upTo = Date.parse('2026-05-01T15:00:00Z');
    expect(new Date(latestSlot(spec, upTo - 6 * 3_600_000, upTo)!).toISOString()).toBe(
      '2026-05-01T12:00:00.000Z',
    );
    expect(latestSlot(spec, Date.parse('2026-05-01T12:00:00Z'), upTo)).toBeNull();
  });
});
