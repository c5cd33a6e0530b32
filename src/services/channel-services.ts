import type { Analyzer } from '../core/engine.js';
import type { Fetcher } from '../core/fetch-outcome.js';
import { UserError } from '../errors.js';
import { buildFeedDigest } from './build-feed-digest.js';
import { channelItems, feedName } from './channel-items.js';
import type { ChannelServices, FeedSummary, ScheduleSummary } from './channel-types.js';
import { filterTermsFor, noFilter } from './feed-filters.js';
import type { ItemTextReader } from './item-text.js';
import { fetchFeed, recordPollOutcome } from './poll-feeds.js';
import type { PollOptions } from './poll-types.js';
import type {
  ChannelRef,
  Clock,
  Log,
  ScheduleRecord,
  ScheduleStore,
  Store,
  SubscribedFeed,
} from './ports.js';
import { nextRuns, parseScheduleSpec } from './schedule-spec.js';

export interface ChannelServiceDeps {
  store: Store;
  schedules: ScheduleStore;
  fetcher: Fetcher;
  engine: Analyzer;
  itemText: ItemTextReader;
  clock: Clock;
  log: Log;
  poll?: Partial<PollOptions>;
  /** Told whenever a channel's schedule changes, so the scheduler can follow at once. */
  onScheduleChange?: (channel: ChannelRef) => void;
}

const MAX_FEEDS_PER_CHANNEL = 50;
/** A first fetch asks for the whole feed, whatever validators an old failing check left. */
const unvalidated = { etag: null, lastModified: null };

/** The feed, digest and schedule commands' view of the store, fetcher and engine. */
export function createChannelServices(deps: ChannelServiceDeps): ChannelServices {
  const { store, schedules, clock } = deps;
  const pollDeps = { store, fetcher: deps.fetcher, clock, log: deps.log, options: deps.poll };
  const services: ChannelServices = {
    async addFeed(channel, url, by, filter = {}) {
      const clean = checkFeedUrl(url, channel.platform === 'console');
      const terms = filterTermsFor(filter, noFilter);
      if (store.channelFeeds(channel).length >= MAX_FEEDS_PER_CHANNEL) {
        throw new UserError(`A channel can follow at most ${MAX_FEEDS_PER_CHANNEL} feeds.`);
      }
      const known = store.feedByUrl(clean);
      const healthy = known !== null && known.lastCheckedAt !== null && known.failureCount === 0;
      const fetched = healthy ? null : await fetchFeed({ ...unvalidated, url: clean }, pollDeps);
      // The feed, its first items and the channel's subscription land together or not at all:
      // a crash or a full disk midway can leave no feed that no channel follows.
      const feed = store.inTransaction(() => {
        const added = store.addFeed(clean, null, clock.now());
        store.subscribe(channel, added.id, by, clock.now());
        if (terms.includeTerms || terms.excludeTerms) store.setFeedFilter(channel, added.id, terms);
        if (fetched) {
          const result = recordPollOutcome(added, fetched, pollDeps);
          if (result.outcome === 'failed' || result.outcome === 'disabled') {
            throw new UserError(result.error);
          }
        }
        return store.getFeed(added.id)!;
      });
      const items = store.seenIdentities(feed.id).size;
      return { title: feed.title ?? clean, url: clean, items, ...filterSummary(terms) };
    },
    async setFeedFilter(channel, ref, request) {
      const feed = findFeed(store.channelFeeds(channel), ref);
      const terms = filterTermsFor(request, feed);
      store.setFeedFilter(channel, feed.id, terms);
      return { title: feedName(feed), ...filterSummary(terms) };
    },
    async removeFeed(channel, ref) {
      const feed = findFeed(store.channelFeeds(channel), ref);
      store.unsubscribe(channel, feed.id);
      store.dropFeedIfUnfollowed(feed.id);
      return feed.title ?? feed.url;
    },
    async listFeeds(channel) {
      return store.channelFeeds(channel).map(summarizeFeed);
    },
    async importFeeds(channel, opml, by) {
      const followed = new Set(store.channelFeeds(channel).map((f) => f.url));
      const add = async (url: string) => (await services.addFeed(channel, url, by)).title;
      // OPML goes through feedsmith, which loads only when a list is imported or exported.
      const { importOpml } = await import('./import-feeds.js');
      return importOpml(opml, { followed, add });
    },
    async exportFeeds(channel) {
      const feeds = store.channelFeeds(channel).map(summarizeFeed);
      if (feeds.length === 0) throw new UserError('This channel follows no feeds to export.');
      const { exportOpml } = await import('../core/feed/opml-export.js');
      return exportOpml('Lede feeds', feeds);
    },
    async digest(channel, { sinceMs, max }) {
      const since = sinceMs === null ? 0 : clock.now() - sinceMs;
      if (store.channelFeeds(channel).length === 0) {
        throw new UserError('This channel follows no feeds yet: add one with `feeds add`.');
      }
      const { items, heldBack } = channelItems(store, channel, { since, max });
      return buildFeedDigest(
        items,
        { engine: deps.engine, itemText: deps.itemText, store },
        { max, title: 'Digest', heldBack },
      );
    },
    async setSchedule(channel, request, by) {
      const spec = parseScheduleSpec(request.when, request.timezone);
      const { maxItems, thread, mention } = request;
      schedules.setSchedule({ channel, ...spec, maxItems, thread, mention }, by, clock.now());
      deps.onScheduleChange?.(channel);
      return summarizeSchedule(schedules.getSchedule(channel)!);
    },
    async getSchedule(channel) {
      const schedule = schedules.getSchedule(channel);
      return schedule ? summarizeSchedule(schedule) : null;
    },
    async clearSchedule(channel) {
      const cleared = schedules.clearSchedule(channel);
      if (cleared) deps.onScheduleChange?.(channel);
      return cleared;
    },
    async suggestFeeds(channel, typed) {
      const needle = typed.toLowerCase();
      return store
        .channelFeeds(channel)
        .filter((f) => `${f.title ?? ''} ${f.url}`.toLowerCase().includes(needle))
        .slice(0, 25)
        .map((f) => ({ name: f.title ?? f.url, value: String(f.id) }));
    },
  };
  return services;
}

/** A web feed's link; a `file:` feed only in console mode, as chat must never reach the host's files. */
function checkFeedUrl(url: string, allowFiles: boolean): string {
  const trimmed = url.trim().replace(/^<(.*)>$/, '$1');
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new UserError('Give the feed’s link, starting with https://.');
  }
  if (parsed.protocol === 'file:' && allowFiles) return parsed.href;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UserError('Give the feed’s link, starting with https://.');
  }
  return parsed.href;
}

function findFeed(feeds: SubscribedFeed[], ref: string): SubscribedFeed {
  const wanted = ref.trim();
  const feed = feeds.find((f) => String(f.id) === wanted || f.url === wanted || f.title === wanted);
  if (!feed) throw new UserError('This channel does not follow that feed. See `feeds list`.');
  return feed;
}

function filterSummary(terms: { includeTerms: string | null; excludeTerms: string | null }) {
  return { include: terms.includeTerms, exclude: terms.excludeTerms };
}

function summarizeFeed(feed: SubscribedFeed): FeedSummary {
  const health = feed.disabledReason
    ? `disabled: ${feed.disabledReason}`
    : feed.failureCount > 0
      ? `failing (${feed.failureCount} tries): ${feed.lastError ?? 'unknown error'}`
      : feed.lastCheckedAt === null
        ? 'not checked yet'
        : 'ok';
  const title = feedName(feed);
  return { id: feed.id, title, url: feed.url, health, ...filterSummary(feed) };
}

function summarizeSchedule(schedule: ScheduleRecord): ScheduleSummary {
  const { cron, timezone, label, maxItems, thread, mention, lastRunAt, pausedReason } = schedule;
  return {
    cron,
    timezone,
    label,
    maxItems,
    thread,
    mention,
    lastRunAt,
    pausedReason,
    nextRuns: nextRuns({ cron, timezone, label }, 3),
  };
}
