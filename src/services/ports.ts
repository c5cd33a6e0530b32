/** The small interfaces services use to reach the outside; adapters implement them. */

/** The one logger shape every part of Lede takes (pino's logger fits). */
export interface Log {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Where time comes from: epoch milliseconds. Tests pass a clock they move themselves. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface ChannelRef {
  /** `webhook`: an incoming webhook from LEDE_WEBHOOK_SCHEDULES; its id is a hash of the URL. */
  platform: 'discord' | 'slack' | 'console' | 'webhook';
  id: string;
}

export interface FeedRecord {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: number | null;
  nextCheckAt: number;
  failureCount: number;
  lastError: string | null;
  /** Set when Lede stopped polling the feed after repeated failures; shown in `feeds list`. */
  disabledReason: string | null;
}

/** A feed as one channel follows it, with that channel's filter terms (null: none). */
export interface SubscribedFeed extends FeedRecord {
  includeTerms: string | null;
  excludeTerms: string | null;
}

export interface FeedFilterTerms {
  includeTerms: string | null;
  excludeTerms: string | null;
}

export interface NewItem {
  identity: string;
  url: string | null;
  title: string | null;
  author: string | null;
  publishedAt: number | null;
  summary: string | null;
  contentHtml: string | null;
  /** False for items that were already in the feed when it was added: seen, never posted. */
  announce: boolean;
}

export interface StoredItem extends NewItem {
  id: number;
  feedId: number;
  firstSeenAt: number;
  text: string | null;
  analysisJson: string | null;
}

export interface FetchSuccess {
  checkedAt: number;
  nextCheckAt: number;
  etag: string | null;
  lastModified: string | null;
  title?: string | null;
}

export interface FetchFailure {
  checkedAt: number;
  nextCheckAt: number;
  error: string;
  disabledReason: string | null;
}

export interface Store {
  /** Adds the feed, or returns the one already stored under that URL. */
  addFeed(url: string, title: string | null, now: number): FeedRecord;
  getFeed(id: number): FeedRecord | null;
  feedByUrl(url: string): FeedRecord | null;
  /** Runs `work` (synchronous) in one transaction: all of its writes land, or none if it throws. */
  inTransaction<T>(work: () => T): T;
  subscribe(channel: ChannelRef, feedId: number, addedBy: string, now: number): void;
  /** Returns false when the channel did not follow that feed. */
  unsubscribe(channel: ChannelRef, feedId: number): boolean;
  channelFeeds(channel: ChannelRef): SubscribedFeed[];
  /** Replaces the channel's filter terms on a feed it follows; false when it does not follow it. */
  setFeedFilter(channel: ChannelRef, feedId: number, filter: FeedFilterTerms): boolean;
  /** Deletes the feed and its items when no channel follows it any more; true if it did. */
  dropFeedIfUnfollowed(feedId: number): boolean;
  /** Deletes every feed no channel follows (left by a crash in older versions); returns how many. */
  dropOrphanFeeds(): number;
  /** Enabled feeds some channel follows whose next check is due, most overdue first. */
  dueFeeds(now: number, limit: number): FeedRecord[];
  recordFetchSuccess(feedId: number, result: FetchSuccess): void;
  recordFetchFailure(feedId: number, result: FetchFailure): void;
  seenIdentities(feedId: number): Set<string>;
  /** Stores new items and refreshes changed ones in place (same identity); returns the new count. */
  saveItems(feedId: number, items: NewItem[], now: number): number;
  saveItemAnalysis(itemId: number, text: string, analysisJson: string): void;
  /** Items of the channel's feeds first seen at or after `since`, newest first. */
  recentItems(channel: ChannelRef, since: number, max: number): StoredItem[];
  close(): void;
}

export interface ScheduleRecord {
  channel: ChannelRef;
  cron: string;
  timezone: string;
  /** As the person wrote it: "daily 08:00" or the cron expression. */
  label: string;
  maxItems: number;
  /** Stories go into a thread (a forum post in a Discord forum; replies on Slack). */
  thread: boolean;
  /** Pinged once, in the digest's header: a Discord role id or a Slack user group (id or @handle). */
  mention: string | null;
  lastRunAt: number | null;
  /** Set when delivery failed for good (bot removed, channel gone); shown in `schedule show`. */
  pausedReason: string | null;
}

export interface ScheduleStore {
  /** `thread` and `mention` default to off. */
  setSchedule(
    schedule: Omit<ScheduleRecord, 'lastRunAt' | 'pausedReason' | 'thread' | 'mention'> &
      Partial<Pick<ScheduleRecord, 'thread' | 'mention'>>,
    by: string,
    now: number,
  ): void;
  getSchedule(channel: ChannelRef): ScheduleRecord | null;
  /** Returns false when the channel had no schedule. */
  clearSchedule(channel: ChannelRef): boolean;
  allSchedules(): ScheduleRecord[];
}

/** The state a schedule's runs leave behind: when it last ran, and whether delivery paused it. */
export interface ScheduleRunStore {
  /** Moves the schedule's `lastRunAt` to `now`. */
  recordRun(channel: ChannelRef, now: number): void;
  /** When the schedule was last set (a slot before it is never caught up). */
  updatedAt(channel: ChannelRef): number | null;
  /** Pauses the channel's schedule with a reason people see in `schedule show`. */
  pause(channel: ChannelRef, reason: string): void;
}

export type OutboxState = 'pending' | 'sending' | 'delivered' | 'failed';

/**
 * Where one part of a queued digest goes. Parts are delivered in order, so the part a placement
 * refers to (by index) is always confirmed, with its platform id, before this one is sent.
 */
export type Placement =
  /** Into the channel, or into the thread of part `thread` (a Discord thread, a Slack reply). */
  | { kind: 'post'; thread?: number }
  /** Discord: a thread started from part `from`'s message; the part's id is the thread's. */
  | { kind: 'open-thread'; from: number; name: string }
  /** Discord forum channel: a new post whose first message is this part; its id is the post's. */
  | { kind: 'forum-post'; name: string };

/** A scheduled digest waiting for (or done with) delivery; one per channel and slot. */
export interface OutboxEntry {
  id: number;
  channel: ChannelRef;
  /** Channel and scheduled slot: the same slot can never be queued twice. */
  key: string;
  slotAt: number;
  windowStart: number;
  windowEnd: number;
  /** Rendered platform messages (Discord or Slack JSON), one per part (null to open a thread). */
  messages: unknown[];
  /** Where each part goes; rows queued before threads existed post every part to the channel. */
  placements: Placement[];
  /** The platform's id of each part once it confirmed the post; null while unconfirmed. */
  platformIds: (string | null)[];
  /** pending: never tried; sending: tried, outcome of unconfirmed parts unknown. */
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  createdAt: number;
  deliveredAt: number | null;
}

export interface NewOutboxEntry {
  channel: ChannelRef;
  key: string;
  slotAt: number;
  windowStart: number;
  windowEnd: number;
  itemIds: number[];
  messages: unknown[];
  /** Every part into the channel when absent. */
  placements?: Placement[];
}

export interface OutboxStore {
  /**
   * In one transaction: queues the digest, marks its items as delivered to the channel and records
   * the schedule's run at `now` (`ScheduleRunStore.recordRun`), so a crash cannot leave one
   * without the others. Returns null (and changes nothing) when the key is known.
   */
  enqueue(entry: NewOutboxEntry, now: number): OutboxEntry | null;
  hasKey(key: string): boolean;
  /** The ids among `itemIds` already in a scheduled digest of the channel. */
  takenItems(channel: ChannelRef, itemIds: number[]): Set<number>;
  get(id: number): OutboxEntry | null;
  /** Pending and sending entries whose next attempt is due, oldest first. */
  due(now: number, limit: number): OutboxEntry[];
  /** The earliest next attempt among undelivered entries, or null when none is left. */
  nextAttemptAt(): number | null;
  /** Records an attempt before anything is sent: from now on the outcome must be looked up. */
  markSending(id: number, now: number): void;
  markPart(id: number, part: number, platformId: string): void;
  markDelivered(id: number, now: number): void;
  markRetry(id: number, error: string, nextAttemptAt: number): void;
  markFailed(id: number, error: string, now: number): void;
  list(): OutboxEntry[];
}
