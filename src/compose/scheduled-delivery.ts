import { syncWebhookSchedules } from '../adapters/webhook/webhook-schedules.js';
import type { Config } from '../config.js';
import type { Analyzer } from '../core/engine.js';
import type { FailPoint } from '../services/delivery/fail-points.js';
import { startOutboxWorker } from '../services/delivery/outbox-worker.js';
import type { Posters } from '../services/delivery/poster.js';
import type { ItemTextReader } from '../services/item-text.js';
import {
  type ChannelRef,
  type Clock,
  type Log,
  type OutboxStore,
  type ScheduleRunStore,
  type ScheduleStore,
  type Store,
  systemClock,
} from '../services/ports.js';
import { runScheduledDigest } from '../services/scheduler/run-scheduled-digest.js';
import { createScheduler } from '../services/scheduler/scheduler.js';

export interface ScheduledDeliveryDeps {
  config: Pick<
    Config,
    | 'discordToken'
    | 'discordApiUrl'
    | 'slackBotToken'
    | 'slackApiUrl'
    | 'catchUpHours'
    | 'scheduleJitterSeconds'
    | 'webhookSchedules'
  >;
  stores: { feeds: Store; schedules: ScheduleStore; outbox: OutboxStore; runs: ScheduleRunStore };
  engine: Analyzer;
  itemText: ItemTextReader;
  log: Log;
  clock?: Clock;
  /** Crash tests only: where to die during a delivery. */
  failPoint?: FailPoint;
}

export interface ScheduledDelivery {
  /** For `createChannelServices({ onScheduleChange })`: follows schedule changes at once. */
  onScheduleChange(channel: ChannelRef): void;
  /** Delivers what the outbox still holds, then starts the schedules (after the platforms). */
  start(): void;
  stop(): Promise<void>;
}

/**
 * Scheduled digests end to end: a poster per configured platform (bot channels and incoming
 * webhooks), the outbox worker, and the scheduler that queues digests into the outbox.
 */
export async function createScheduledDelivery(
  deps: ScheduledDeliveryDeps,
): Promise<ScheduledDelivery> {
  const { config, stores, log } = deps;
  const clock = deps.clock ?? systemClock;
  const posters: Posters = {};
  // The platform SDKs are imported only for the platforms that have a token.
  if (config.discordToken) {
    const { createDiscordPoster } = await import('../adapters/discord/post-channel.js');
    posters.discord = createDiscordPoster({
      token: config.discordToken,
      apiUrl: config.discordApiUrl,
    });
  }
  if (config.slackBotToken) {
    const { createSlackPoster } = await import('../adapters/slack/post-channel.js');
    posters.slack = createSlackPoster({ token: config.slackBotToken, apiUrl: config.slackApiUrl });
  }
  const webhooks = syncWebhookSchedules(config.webhookSchedules, stores, clock.now());
  if (webhooks.size > 0) {
    const { createWebhookPoster } = await import('../adapters/webhook/post-webhook.js');
    posters.webhook = createWebhookPoster(webhooks);
  }

  let worker: ReturnType<typeof startOutboxWorker> | undefined;
  const scheduler = createScheduler({
    schedules: stores.schedules,
    runs: stores.runs,
    clock,
    log,
    catchUpMs: config.catchUpHours * 3_600_000,
    jitterMs: config.scheduleJitterSeconds * 1000,
    run: (schedule, slotAt) =>
      runScheduledDigest(schedule, slotAt, {
        store: stores.feeds,
        outbox: stores.outbox,
        runs: stores.runs,
        posters,
        engine: deps.engine,
        itemText: deps.itemText,
        clock,
        log,
        onQueued: () => worker?.kick(),
        failPoint: deps.failPoint,
      }),
  });
  let started = false;
  return {
    onScheduleChange: (channel) => {
      if (started) scheduler.refresh(channel);
    },
    start() {
      if (Object.keys(posters).length === 0) return;
      started = true;
      worker = startOutboxWorker({
        outbox: stores.outbox,
        runs: stores.runs,
        posters,
        clock,
        log,
        failPoint: deps.failPoint,
      });
      scheduler.start();
    },
    async stop() {
      await scheduler.stop();
      await worker?.stop();
    },
  };
}
