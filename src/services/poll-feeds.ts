import pLimit from 'p-limit';
import { looksLikeHtml } from '../core/feed/html-page.js';
import { selectNewItems } from '../core/feed/select-new-items.js';
import type { NormalizedItem, ParseFeedOutcome } from '../core/feed/types.js';
import type { FetchOutcome } from '../core/fetch-outcome.js';
import { backoffDelay, classifyFetchFailure, type FailureClass } from './backoff.js';
import { parseFeedLazily } from './lazy-parsers.js';
import {
  defaultPollOptions,
  type PollDeps,
  type PollOptions,
  type PollResult,
} from './poll-types.js';
import type { FeedRecord, NewItem, Store } from './ports.js';

export type { PollDeps, PollResult } from './poll-types.js';

interface Failure {
  message: string;
  kind: FailureClass;
  retryAfterMs?: number;
  /** Items were still read (a partly broken feed): back off, but never disable for it. */
  partialItems?: number;
}

/**
 * Checks one feed: a conditional GET with the stored validators, then new items stored (the first
 * poll announces only the newest few) and the schedule moved on; failures back off exponentially
 * and disable the feed when retrying stops making sense (see `classifyFetchFailure`).
 */
export async function pollFeed(feed: FeedRecord, deps: PollDeps): Promise<PollResult> {
  return recordPollOutcome(feed, await fetchFeed(feed, deps), deps);
}

/** A fetch of a feed, its body already parsed: parsing stays out of the store's transaction. */
export type FetchedFeed =
  | Exclude<FetchOutcome, { kind: 'ok' }>
  | (Extract<FetchOutcome, { kind: 'ok' }> & { parsed: ParseFeedOutcome });

export async function fetchFeed(
  feed: Pick<FeedRecord, 'url' | 'etag' | 'lastModified'>,
  deps: PollDeps,
): Promise<FetchedFeed> {
  const { url, etag, lastModified } = feed;
  const outcome = await deps.fetcher.fetch({ url, etag, lastModified, accept: 'feed' });
  if (outcome.kind !== 'ok') return outcome;
  return {
    ...outcome,
    parsed: await parseFeedLazily(outcome.text, outcome.contentType, outcome.url),
  };
}

/** Stores what one fetch of the feed brought; synchronous, so it can join a transaction. */
export function recordPollOutcome(
  feed: FeedRecord,
  outcome: FetchedFeed,
  deps: PollDeps,
): PollResult {
  const options = { ...defaultPollOptions, ...deps.options };
  const now = deps.clock.now();
  if (outcome.kind === 'not-modified') {
    const nextCheckAt = now + options.intervalMs;
    deps.store.recordFetchSuccess(feed.id, {
      checkedAt: now,
      nextCheckAt,
      etag: outcome.etag ?? feed.etag,
      lastModified: outcome.lastModified ?? feed.lastModified,
    });
    return { feedId: feed.id, outcome: 'not-modified', newItems: 0, nextCheckAt };
  }
  if (outcome.kind !== 'ok') return recordFailure(feed, deps, options, now, fetchFailure(outcome));
  return readFeedBody(feed, outcome, deps, options, now);
}

function fetchFailure(outcome: Exclude<FetchOutcome, { kind: 'ok' | 'not-modified' }>): Failure {
  const retryAfterMs = outcome.kind === 'http-error' ? outcome.retryAfterMs : undefined;
  return { message: outcome.message, kind: classifyFetchFailure(outcome), retryAfterMs };
}

function readFeedBody(
  feed: FeedRecord,
  body: Extract<FetchedFeed, { kind: 'ok' }>,
  deps: PollDeps,
  options: PollOptions,
  now: number,
): PollResult {
  const { parsed } = body;
  const seen = deps.store.seenIdentities(feed.id);
  if (parsed.kind === 'ok') {
    const newItems = saveItems(feed, parsed.feed.items, seen, deps.store, options, now);
    const nextCheckAt = now + options.intervalMs;
    const { etag, lastModified } = body;
    deps.store.recordFetchSuccess(feed.id, {
      checkedAt: now,
      nextCheckAt,
      etag,
      lastModified,
      title: parsed.feed.title,
    });
    if (newItems > 0) deps.log.info({ feedId: feed.id, url: feed.url, newItems }, 'new feed items');
    return { feedId: feed.id, outcome: 'updated', newItems, nextCheckAt };
  }
  const items = parsed.partial?.items ?? [];
  if (items.length > 0) {
    const newItems = saveItems(feed, items, seen, deps.store, options, now);
    return recordFailure(feed, deps, options, now, {
      message: parsed.message,
      kind: 'transient',
      partialItems: newItems,
    });
  }
  // An HTML page on a feed that never delivered means the wrong URL was added; on one that did,
  // the site probably moved or died, which deserves a few strikes first.
  const html = looksLikeHtml(body.text, body.contentType);
  const kind: FailureClass = html ? (seen.size === 0 ? 'permanent' : 'likely-gone') : 'transient';
  return recordFailure(feed, deps, options, now, { message: parsed.message, kind });
}

/**
 * Stores every item the feed lists: unseen ones as new (announced when selected), seen ones
 * refreshed in place. A feed counts as new until something from it is stored, so a first check
 * that failed does not turn the second into a flood of old items.
 */
function saveItems(
  feed: FeedRecord,
  items: readonly NormalizedItem[],
  seen: ReadonlySet<string>,
  store: Store,
  options: PollOptions,
  now: number,
): number {
  const firstPoll = feed.lastCheckedAt === null || seen.size === 0;
  const { toPost } = selectNewItems(items, seen, {
    firstPoll,
    firstPollLimit: options.firstPollLimit,
  });
  const announced = new Set(toPost.map((item) => item.id));
  const unique = new Map<string, NewItem>();
  for (const item of items) {
    if (!unique.has(item.id)) unique.set(item.id, toNewItem(item, announced.has(item.id)));
  }
  store.saveItems(feed.id, [...unique.values()], now);
  return announced.size;
}

function toNewItem(item: NormalizedItem, announce: boolean): NewItem {
  const { id, url, title, author, publishedAt, summary, contentHtml } = item;
  return { identity: id, url, title, author, publishedAt, summary, contentHtml, announce };
}

function recordFailure(
  feed: FeedRecord,
  deps: PollDeps,
  options: PollOptions,
  now: number,
  failure: Failure,
): PollResult {
  const failureCount = feed.failureCount + 1;
  const reason =
    failure.partialItems === undefined ? disableReason(failureCount, failure, options) : null;
  const nextCheckAt = now + backoffDelay(failureCount, options, failure.retryAfterMs);
  const error = failure.message;
  deps.store.recordFetchFailure(feed.id, {
    checkedAt: now,
    nextCheckAt,
    error,
    disabledReason: reason,
  });
  const newItems = failure.partialItems ?? 0;
  const details = { feedId: feed.id, url: feed.url, error, failureCount };
  if (reason !== null) {
    deps.log.warn({ ...details, reason }, 'feed disabled');
    return { feedId: feed.id, outcome: 'disabled', newItems, error, reason };
  }
  deps.log.debug({ ...details, nextCheckAt }, 'feed check failed');
  const outcome = failure.partialItems === undefined ? 'failed' : 'partial';
  return { feedId: feed.id, outcome, newItems, error, failureCount, nextCheckAt };
}

function disableReason(failures: number, failure: Failure, options: PollOptions): string | null {
  if (failure.kind === 'permanent') return `Lede stopped checking this feed: ${failure.message}`;
  const limit = failure.kind === 'likely-gone' ? options.likelyGoneStrikes : options.maxFailures;
  if (failures < limit) return null;
  return `Lede stopped checking this feed after ${failures} failed checks in a row. The last one: ${failure.message}`;
}

export interface PassOptions {
  /** Feeds checked in one pass at most. */
  batch?: number;
  /** Feeds fetched at the same time. */
  concurrency?: number;
}

export interface PassSummary {
  checked: number;
  newItems: number;
  counts: Record<PollResult['outcome'] | 'error', number>;
  results: PollResult[];
}

/** Checks the feeds that are due, a few at a time; one feed's failure never stops the others. */
export async function pollDueFeeds(deps: PollDeps, pass: PassOptions = {}): Promise<PassSummary> {
  const feeds = deps.store.dueFeeds(deps.clock.now(), pass.batch ?? 100);
  const orphans = deps.store.dropOrphanFeeds();
  if (orphans > 0) deps.log.info({ feeds: orphans }, 'removed feeds no channel follows');
  const counts = { updated: 0, 'not-modified': 0, partial: 0, failed: 0, disabled: 0, error: 0 };
  const results = await pLimit(pass.concurrency ?? 8).map(feeds, async (feed) => {
    try {
      return await pollFeed(feed, deps);
    } catch (error) {
      counts.error += 1;
      return recordInternalError(feed, deps, error);
    }
  });
  for (const result of results) counts[result.outcome] += 1;
  const newItems = results.reduce((sum, r) => sum + r.newItems, 0);
  return { checked: feeds.length, newItems, counts, results };
}

/** A bug or a store error: logged in full, and the feed is pushed back so it cannot spin. */
function recordInternalError(feed: FeedRecord, deps: PollDeps, error: unknown): PollResult {
  deps.log.error({ err: error, feedId: feed.id, url: feed.url }, 'feed check crashed');
  const options = { ...defaultPollOptions, ...deps.options };
  const failure: Failure = {
    message: 'Lede hit an internal error checking this feed.',
    kind: 'transient',
  };
  try {
    return recordFailure(feed, deps, options, deps.clock.now(), failure);
  } catch (again) {
    deps.log.error({ err: again, feedId: feed.id }, 'could not record the failed check');
    const nextCheckAt = deps.clock.now() + options.intervalMs;
    const failureCount = feed.failureCount + 1;
    return {
      feedId: feed.id,
      outcome: 'failed',
      newItems: 0,
      error: failure.message,
      failureCount,
      nextCheckAt,
    };
  }
}
