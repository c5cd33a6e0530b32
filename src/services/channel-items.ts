import { type ItemFilter, storedItemFilter } from '../core/feed/filter-match.js';
import { siteName } from '../core/site-name.js';
import type { ChannelRef, FeedRecord, Store, StoredItem, SubscribedFeed } from './ports.js';

export type ChannelItem = StoredItem & { outlet: string | null };

export interface ChannelItems {
  items: ChannelItem[];
  /** Items in the window that the channel's feed filters kept out of the digest. */
  heldBack: number;
}

/** How many recent items are read when filters may hold some back (a digest has at most 40). */
const FILTERED_SCAN_LIMIT = 500;

/**
 * The newest items of a channel's feeds since `since`, each with its outlet (the feed's title, or
 * its host), skipping any `skip` says to and any the channel's feed filters hold back: the one
 * item query behind `/news digest` and the scheduled digest.
 */
export function channelItems(
  store: Store,
  channel: ChannelRef,
  options: { since: number; max: number; skip?: (ids: number[]) => Set<number> },
): ChannelItems {
  const feeds = store.channelFeeds(channel);
  const outlets = new Map(feeds.map((f) => [f.id, feedName(f)]));
  const filters = feedFilters(feeds);
  // Ask for more than needed when some may be skipped, so a digest is not cut short by them.
  const limit =
    filters.size > 0 ? FILTERED_SCAN_LIMIT : options.skip ? options.max * 3 : options.max;
  const recent = store.recentItems(channel, options.since, limit);
  const skipped = options.skip?.(recent.map((i) => i.id)) ?? new Set<number>();
  const kept: StoredItem[] = [];
  let heldBack = 0;
  for (const item of recent) {
    if (skipped.has(item.id)) continue;
    const passes = filters.get(item.feedId);
    if (passes && !passes(item)) heldBack++;
    else kept.push(item);
  }
  const items = kept
    .slice(0, options.max)
    .map((item) => ({ ...item, outlet: outlets.get(item.feedId) ?? null }));
  return { items, heldBack };
}

function feedFilters(feeds: readonly SubscribedFeed[]): Map<number, ItemFilter> {
  const filters = new Map<number, ItemFilter>();
  for (const feed of feeds) {
    const filter = storedItemFilter(feed.includeTerms, feed.excludeTerms);
    if (filter) filters.set(feed.id, filter);
  }
  return filters;
}

/** A feed's name where it has no title: its site, else its URL or path. */
export function feedName(feed: Pick<FeedRecord, 'title' | 'url'>): string {
  return feed.title ?? siteName(feed.url) ?? feed.url;
}
