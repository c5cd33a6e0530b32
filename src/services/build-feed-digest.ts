import pLimit from 'p-limit';
import { isoDate } from '../core/article-input.js';
import type { Analyzer } from '../core/engine.js';
import type { Reply, ReplyItem } from '../core/reply.js';
import { siteName } from '../core/site-name.js';
import type { ArticleAnalysis, NoteKind } from '../core/types.js';
import type { DigestCandidate } from './digest-candidate.js';
import { type DigestStory, groupIntoStories } from './group-stories.js';
import type { ItemText, ItemTextSource } from './item-text.js';
import type { Store } from './ports.js';

/** One feed item to digest, from a parsed feed or from the store. */
export interface DigestItemInput extends ItemTextSource {
  /** The stored item's id; with a store in the deps, its analysis is cached on it. */
  id?: number;
  title: string | null;
  publishedAt: number | null;
  /** The feed's title, when known. */
  outlet: string | null;
  feedUrl?: string | null;
  /** A cached analysis (`StoredItem.analysisJson`) and the text it was made from. */
  analysisJson?: string | null;
  text?: string | null;
}

export interface FeedDigestDeps {
  engine: Analyzer;
  itemText: (item: ItemTextSource) => Promise<ItemText>;
  store?: Pick<Store, 'saveItemAnalysis'>;
  /** Items read (and their pages fetched) at the same time; 4 by default. */
  concurrency?: number;
}

export interface FeedDigestOptions {
  max: number;
  title?: string;
  /** Items the channel's feed filters kept out, said in the digest when there are any. */
  heldBack?: number;
}

/** Newest first; undated items after the dated ones, in the order given. */
export function newestItemsFirst<T extends { publishedAt: number | null }>(
  items: readonly T[],
): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (b.item.publishedAt ?? -Infinity) - (a.item.publishedAt ?? -Infinity) || a.index - b.index,
    )
    .map(({ item }) => item);
}

/** The newest `max` distinct items, each read and analysed (cached analyses reused). */
export async function collectDigestCandidates(
  items: readonly DigestItemInput[],
  deps: FeedDigestDeps,
  options: { max: number },
): Promise<DigestCandidate[]> {
  const picked: DigestItemInput[] = [];
  const keys = new Set<string>();
  for (const item of newestItemsFirst(items)) {
    const key = item.url ?? `${item.outlet}\u0000${item.title}\u0000${item.id}`;
    if (keys.has(key)) continue;
    keys.add(key);
    picked.push(item);
    if (picked.length >= options.max) break;
  }
  const limit = pLimit(deps.concurrency ?? 4);
  return limit.map(picked, (item, index) => toCandidate(item, index, deps));
}

async function toCandidate(
  item: DigestItemInput,
  index: number,
  deps: FeedDigestDeps,
): Promise<DigestCandidate> {
  const base = {
    id: item.id !== undefined ? String(item.id) : (item.url ?? `item-${index}`),
    title: item.title ?? item.url ?? 'Untitled item',
    url: item.url,
    outlet: outletOf(item),
    publishedAt: item.publishedAt,
  };
  const cached = readCached(item, deps.engine.version);
  if (cached) return { ...base, ...cached };
  const found = await deps.itemText(item);
  if (found.text === null) return { ...base, text: null, analysis: null, problem: found.reason };
  try {
    const source = found.url ?? base.outlet;
    const analysis = await deps.engine.analyze({
      text: found.text,
      title: item.title,
      source,
      published: isoDate(item.publishedAt),
      outlet: base.outlet,
      url: base.url ?? found.url,
    });
    const { version } = deps.engine;
    if (item.id !== undefined && version)
      deps.store?.saveItemAnalysis(item.id, found.text, JSON.stringify({ version, analysis }));
    return { ...base, url: base.url ?? found.url, text: found.text, analysis };
  } catch (error) {
    return {
      ...base,
      text: found.text,
      analysis: null,
      problem: `Analysis failed: ${(error as Error).message}`,
    };
  }
}

/**
 * A stored analysis, when the engine that made it is the one running: after an upgrade or a
 * lexicon change the item is analysed again. Older rows (no version) count as stale too.
 */
function readCached(
  item: DigestItemInput,
  version: string | undefined,
): { text: string; analysis: ArticleAnalysis } | null {
  if (!item.analysisJson || !item.text || !version) return null;
  try {
    const stored = JSON.parse(item.analysisJson) as { version?: unknown; analysis?: unknown };
    if (stored.version !== version || typeof stored.analysis !== 'object' || !stored.analysis)
      return null;
    return { text: item.text, analysis: stored.analysis as ArticleAnalysis };
  } catch {
    return null;
  }
}

function outletOf(item: DigestItemInput): string {
  if (item.outlet) return item.outlet;
  const urls = [item.url, item.feedUrl].filter((url): url is string => Boolean(url));
  return urls.map(siteName).find((name) => name !== null) ?? 'Unknown outlet';
}

export function countNotes(analysis: ArticleAnalysis | null): Partial<Record<NoteKind, number>> {
  const counts: Partial<Record<NoteKind, number>> = {};
  for (const note of analysis?.notes ?? []) counts[note.kind] = (counts[note.kind] ?? 0) + 1;
  return counts;
}

/** Stories as digest entries: the lead's title, link, outlet and neutral digest, notes by kind,
 * and the other outlets that covered it. */
export function toReplyItems(stories: readonly DigestStory[]): ReplyItem[] {
  return stories.map(({ lead, others, framingNote }) => ({
    title: lead.title,
    ...(lead.url ? { url: lead.url } : {}),
    outlet: lead.outlet,
    digest: lead.analysis?.digest.map((line) => line.text) ?? [],
    ...(lead.analysis?.digestSource === 'llm' ? { digestByModel: true } : {}),
    noteCounts: countNotes(lead.analysis),
    ...(others.length > 0
      ? { coverage: others.map((o) => ({ outlet: o.outlet, ...(o.url ? { url: o.url } : {}) })) }
      : {}),
    ...(framingNote ? { framingNote } : {}),
  }));
}

/** A multi-item digest reply of the newest `max` items. */
export async function buildFeedDigest(
  items: readonly DigestItemInput[],
  deps: FeedDigestDeps,
  options: FeedDigestOptions,
): Promise<Reply> {
  const candidates = await collectDigestCandidates(items, deps, options);
  return digestReply(candidates, options.title, options.heldBack);
}

export function digestReply(
  candidates: readonly DigestCandidate[],
  title?: string,
  heldBack = 0,
): Reply {
  const filtered = heldBack > 0 ? heldBackNote(heldBack) : null;
  if (candidates.length === 0) {
    return {
      ...(title ? { title } : {}),
      body: ['No new items.', ...(filtered ? [filtered] : [])],
    };
  }
  const unread = candidates.filter((c) => c.analysis === null).length;
  const unreadNote =
    unread > 0
      ? `${unread} of ${candidates.length} items could not be read; they are listed without a digest.`
      : null;
  const footer = [unreadNote, filtered].filter((n) => n !== null).join(' ') || undefined;
  return {
    ...(title ? { title } : {}),
    items: toReplyItems(groupIntoStories(candidates)),
    ...(footer ? { footer } : {}),
  };
}

function heldBackNote(count: number): string {
  const items = count === 1 ? '1 item' : `${count} items`;
  return `The feed filters held back ${items}.`;
}
