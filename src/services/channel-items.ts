import type { ChannelRef, Store, StoredItem } from './ports.js';

export type ChannelItem = StoredItem & { outlet: string | null };

/**
 * The newest items of a channel's feeds since `since`, each with its outlet (the feed's title, or
 * its host), skipping any `skip` says to: the one item query behind `/news digest` and the
 * scheduled digest.
 */
export function channelItems(
  store: Store,
  channel: ChannelRef,
  options: { since: number; max: number; skip?: (ids: number[]) => Set<number> },
): ChannelItem[] {
  const outlets = new Map(store.channelFeeds(channel).map((f) => [f.id, f.title ?? hostOf(f.url)]));
  // Ask for more than needed when some may be skipped, so a digest is not cut short by them.
  const recent = store.recentItems(
    channel,
    options.since,
    options.skip ? options.max * 3 : options.max,
  );
  const skipped = options.skip?.(recent.map((i) => i.id)) ?? new Set<number>();
  return recent
    .filter((item) => !skipped.has(item.id))
    .slice(0, options.max)
    .map((item) => ({ ...item, outlet: outlets.get(item.feedId) ?? null }));
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
