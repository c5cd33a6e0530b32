import { createTask, type ScheduledTask } from 'node-cron';
import type {
  ChannelRef,
  Clock,
  Log,
  ScheduleRecord,
  ScheduleRunStore,
  ScheduleStore,
} from '../ports.js';
import { latestSlot } from './latest-slot.js';

export interface SchedulerDeps {
  schedules: ScheduleStore;
  runs: Pick<ScheduleRunStore, 'updatedAt'>;
  /** Runs one slot of a schedule (builds and queues its digest). */
  run(schedule: ScheduleRecord, slotAt: number): Promise<unknown>;
  clock: Clock;
  log: Log;
  /** A slot missed while Lede was down is caught up at start-up if it is younger than this. */
  catchUpMs: number;
  /** Up to this random delay before a run, so channels set to the same minute do not burst. */
  jitterMs?: number;
  /** How late node-cron may fire a slot (a busy event loop) before counting it as missed. */
  missedToleranceMs?: number;
}

export interface Scheduler {
  /** Creates a task per schedule and catches up slots missed while Lede was down. */
  start(): void;
  /** Rebuilds one channel's task from the store after its schedule changed. */
  refresh(channel: ChannelRef): void;
  /** Resolves when no run is in progress (tests, benchmarks). */
  idle(): Promise<void>;
  /** Stops every task and waits for runs in progress. */
  stop(): Promise<void>;
}

const channelKey = (channel: ChannelRef) => `${channel.platform}:${channel.id}`;

/**
 * One node-cron task per scheduled channel, in the schedule's time zone. node-cron's
 * `noOverlap` drops a slot while the channel's previous run is still going; runs of one channel
 * (a catch-up and a cron slot, or a task rebuilt mid-run) are also chained so they never overlap.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const tasks = new Map<string, ScheduledTask>();
  const chains = new Map<string, Promise<void>>();
  let stopped = false;

  const runSlot = (channel: ChannelRef, slotAt: number, reason: string): Promise<void> => {
    const id = channelKey(channel);
    const previous = chains.get(id) ?? Promise.resolve();
    const next = previous.then(async () => {
      const schedule = deps.schedules.getSchedule(channel);
      if (stopped || !schedule || schedule.pausedReason) return;
      try {
        await deps.run(schedule, slotAt);
      } catch (error) {
        deps.log.error({ err: error, channel, slotAt, reason }, 'scheduled digest run failed');
      }
    });
    chains.set(id, next);
    void next.finally(() => {
      if (chains.get(id) === next) chains.delete(id);
    });
    return next;
  };

  const drop = (id: string) => {
    const task = tasks.get(id);
    tasks.delete(id);
    if (task) void task.destroy();
  };

  const build = (schedule: ScheduleRecord) => {
    const id = channelKey(schedule.channel);
    drop(id);
    if (schedule.pausedReason) return;
    const task = createTask(
      schedule.cron,
      (context) => runSlot(schedule.channel, context.date.getTime(), 'cron'),
      {
        name: id,
        timezone: schedule.timezone,
        noOverlap: true,
        missedExecutionTolerance: deps.missedToleranceMs ?? 60_000,
        maxRandomDelay: deps.jitterMs ?? 0,
        unref: true,
        logger: cronLogger(deps.log, id),
      },
    );
    task.on('execution:missed', (context) =>
      deps.log.warn({ channel: schedule.channel, slot: context.date }, 'schedule slot missed'),
    );
    tasks.set(id, task);
    void task.start();
  };

  const catchUp = (schedule: ScheduleRecord) => {
    if (schedule.pausedReason) return;
    const now = deps.clock.now();
    const after = Math.max(
      now - deps.catchUpMs,
      schedule.lastRunAt ?? Number.NEGATIVE_INFINITY,
      deps.runs.updatedAt(schedule.channel) ?? Number.NEGATIVE_INFINITY,
    );
    const slot = latestSlot(schedule, after, now);
    if (slot === null) return;
    deps.log.info(
      { channel: schedule.channel, slot: new Date(slot) },
      'catching up a missed digest',
    );
    void runSlot(schedule.channel, slot, 'catch-up');
  };

  return {
    start() {
      const all = deps.schedules.allSchedules();
      for (const schedule of all) {
        if (schedule.channel.platform === 'console') continue;
        build(schedule);
        catchUp(schedule);
      }
      deps.log.info({ schedules: tasks.size }, 'scheduler started');
    },
    refresh(channel) {
      if (stopped) return;
      const schedule = deps.schedules.getSchedule(channel);
      if (schedule && channel.platform !== 'console') build(schedule);
      else drop(channelKey(channel));
    },
    async idle() {
      while (chains.size > 0) await Promise.allSettled([...chains.values()]);
    },
    async stop() {
      stopped = true;
      await Promise.allSettled([...tasks.values()].map((task) => task.destroy()));
      tasks.clear();
      await Promise.allSettled([...chains.values()]);
    },
  };
}

/** node-cron's own warnings, in Lede's log instead of on the console. */
function cronLogger(log: Log, name: string) {
  return {
    info: (message: string) => log.debug({ task: name }, message),
    warn: (message: string) => log.warn({ task: name }, message),
    error: (message: string | Error, err?: Error) =>
      log.error({ task: name, err: err ?? message }, 'schedule task error'),
    debug: (message: string | Error) => log.debug({ task: name }, String(message)),
  };
}
