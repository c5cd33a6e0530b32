import { fnv1a64 } from '../hash.js';
import type { DraftItem, NormalizedItem } from './types.js';

function countValues(values: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Title and date are what a reader sees as "the same post"; content may be edited freely. */
export function titleDateHash(item: Pick<DraftItem, 'title' | 'publishedAt'>): string {
  return `hash:${fnv1a64(`${item.title ?? ''}\u0000${item.publishedAt ?? ''}`)}`;
}

/**
 * Identity for dedupe, in order of trust: the guid (also isPermaLink="false" ones) when it is
 * present and unique within the feed; else the canonical URL when unique within the feed; else a
 * hash of title and date. A guid shared by several items is a feed bug (some CMSs repeat one id
 * for every item), so it cannot tell them apart. Nothing here reads the content, so an edited item
 * keeps its identity.
 */
export function assignIdentities(drafts: readonly DraftItem[]): NormalizedItem[] {
  const guidCounts = countValues(drafts.map((d) => d.guid));
  const urlCounts = countValues(drafts.map((d) => d.url));
  return drafts.map((draft) => ({ id: identityOf(draft, guidCounts, urlCounts), ...draft }));
}

function identityOf(
  draft: DraftItem,
  guidCounts: Map<string, number>,
  urlCounts: Map<string, number>,
): string {
  if (draft.guid !== null && guidCounts.get(draft.guid) === 1) return draft.guid;
  if (draft.url !== null && urlCounts.get(draft.url) === 1) return draft.url;
  return titleDateHash(draft);
}
