import type { Analyzer } from '../../core/engine.js';
import { buildFeedDigest } from '../build-feed-digest.js';
import { channelItems } from '../channel-items.js';
import { threadName } from '../delivery/digest-layout.js';
import { type FailPoint, noFailPoint } from '../delivery/fail-points.js';
import type { Posters } from '../delivery/poster.js';
import type { ItemTextReader } from '../item-text.js';
import type {
  ChannelRef,
  Clock,
  Log,
  OutboxStore,
  ScheduleRecord,
  ScheduleRunStore,
  Store,
} from '../ports.js';

export interface ScheduledDigestDeps {
  store: Store;
  outbox: OutboxStore;
  runs: Pick<ScheduleRunStore, 'recordRun'>;
  posters: Posters;
  engine: Analyzer;
  itemText: ItemTextReader;
  clock: Clock;
  log: Log;
  /** Told when a digest was queued, so delivery starts at once. */
  onQueued?: () => void;
  failPoint?: FailPoint;
}

export type RunResult = 'queued' | 'already-queued' | 'nothing-new' | 'no-poster';

/** The window of the first scheduled digest of a channel. */
const FIRST_WINDOW_MS = 24 * 60 * 60_000;

/** Channel and slot: the idempotency key of a scheduled digest. */
export function slotKey(channel: ChannelRef, slotAt: number): string {
  return `${channel.platform}:${channel.id}@${new Date(slotAt).toISOString()}`;
}

/**
 * Builds a channel's digest for one scheduled slot the way `/news digest` does (the same item
 * query, digest builder and renderer) over the items since the last scheduled digest that no
 * earlier scheduled digest carried, and queues it in the outbox. Queuing, marking the items
 * taken and moving `lastRunAt` happen in one transaction, keyed by channel and slot, so a slot
 * run twice (catch-up and cron, or a restart) queues one digest.
 */
export async function runScheduledDigest(
  schedule: ScheduleRecord,
  slotAt: number,
  deps: ScheduledDigestDeps,
): Promise<RunResult> {
  const { channel } = schedule;
  const key = slotKey(channel, slotAt);
  if (deps.outbox.hasKey(key)) return 'already-queued';
  const poster = deps.posters[channel.platform as keyof Posters];
  if (!poster) {
    deps.log.warn({ channel }, 'scheduled digest skipped: no connection to its platform');
    return 'no-poster';
  }
  const now = deps.clock.now();
  const since = schedule.lastRunAt ?? now - FIRST_WINDOW_MS;
  const max = schedule.maxItems;
  const { items, heldBack } = channelItems(deps.store, channel, {
    since,
    max,
    skip: (ids) => deps.outbox.takenItems(channel, ids),
  });
  if (items.length === 0) {
    deps.runs.recordRun(channel, now);
    deps.log.info({ channel, key, heldBack }, 'scheduled digest: nothing new to post');
    return 'nothing-new';
  }
  const reply = await buildFeedDigest(
    items,
    { engine: deps.engine, itemText: deps.itemText, store: deps.store },
    { max, title: 'Digest', heldBack },
  );
  // A platform that cannot be asked (a forum's type) throws: the slot is skipped, its items wait.
  const { messages, placements } = await poster.plan(reply, channel.id, {
    thread: schedule.thread,
    mention: schedule.mention,
    name: threadName('Digest', slotAt, schedule.timezone),
  });
  (deps.failPoint ?? noFailPoint)('before-queue');
  const entry = deps.outbox.enqueue(
    {
      channel,
      key,
      slotAt,
      windowStart: since,
      windowEnd: now,
      itemIds: items.map((i) => i.id),
      messages,
      placements,
    },
    deps.clock.now(),
  );
  if (!entry) return 'already-queued';
  deps.log.info({ channel, key, items: items.length }, 'scheduled digest queued');
  deps.onQueued?.();
  return 'queued';
}
