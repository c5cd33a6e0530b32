import type { NormalizedItem } from './types.js';

export interface SelectOptions {
  /** True on the first poll of a newly added feed. */
  firstPoll: boolean;
  /** How many of the newest items the first poll posts; the rest are only marked seen. */
  firstPollLimit: number;
}

export interface Selection<T> {
  /** Oldest first, so a channel reads them in the order they were published. */
  toPost: T[];
  /** Identities to remember, including those not posted on a first poll. */
  toMarkSeen: string[];
}

type Dated = Pick<NormalizedItem, 'id' | 'publishedAt'>;

/**
 * Newest first by published date; when any item lacks a date the feed's own order (newest first
 * by convention) is used instead, since mixing dated and undated items has no sound order.
 */
export function newestFirst<T extends Dated>(items: readonly T[]): T[] {
  if (items.some((item) => item.publishedAt === null)) return [...items];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.publishedAt! - a.item.publishedAt! || a.index - b.index)
    .map(({ item }) => item);
}

/** Decides which unseen items to post and which identities to remember. Pure. */
export function selectNewItems<T extends Dated>(
  items: readonly T[],
  seenIds: ReadonlySet<string>,
  options: SelectOptions,
): Selection<T> {
  const unseen: T[] = [];
  const taken = new Set<string>();
  for (const item of newestFirst(items)) {
    if (seenIds.has(item.id) || taken.has(item.id)) continue;
    taken.add(item.id);
    unseen.push(item);
  }
  const limit = Math.max(0, Math.floor(options.firstPollLimit));
  const newest = options.firstPoll ? unseen.slice(0, limit) : unseen;
  return { toPost: newest.reverse(), toMarkSeen: [...taken] };
}
