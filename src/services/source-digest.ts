import type { DigestStoryResult } from '../core/digest-result.js';
import { collectDigestCandidates, countNotes, type FeedDigestDeps } from './build-feed-digest.js';
import type { DigestCandidate } from './digest-candidate.js';
import { type DigestStory, groupIntoStories } from './group-stories.js';
import { type FeedSourceDeps, readFeedSources } from './read-feed-sources.js';

export type SourceDigestDeps = FeedSourceDeps & FeedDigestDeps;

export interface SourceDigestOptions {
  max: number;
  /** Items published before this time (ms) are left out; undated items are kept. */
  since: number | null;
}

export interface SourceDigest {
  candidates: DigestCandidate[];
  stories: DigestStory[];
  /** One line per source that could not be read (fully). */
  errors: string[];
}

/**
 * A digest of feeds named directly (`lede digest`), not followed by a channel: the items of the
 * window, the newest `max` read and analysed the way a channel's digest reads them.
 */
export async function digestFeedSources(
  sources: readonly string[],
  deps: SourceDigestDeps,
  options: SourceDigestOptions,
): Promise<SourceDigest> {
  const { items, errors } = await readFeedSources(sources, deps);
  const { since } = options;
  const recent = items.filter(
    (item) => since === null || item.publishedAt === null || item.publishedAt >= since,
  );
  const candidates = await collectDigestCandidates(recent, deps, { max: options.max });
  return { candidates, stories: groupIntoStories(candidates), errors };
}

/** A story in the public JSON shape. */
export function storyResult({ lead, others, framingNote }: DigestStory): DigestStoryResult {
  return {
    title: lead.title,
    url: lead.url,
    outlet: lead.outlet,
    publishedAt: lead.publishedAt === null ? null : new Date(lead.publishedAt).toISOString(),
    digest: lead.analysis?.digest.map((line) => line.text) ?? [],
    noteCounts: countNotes(lead.analysis),
    genre: lead.analysis?.genre.label ?? null,
    ...(lead.problem ? { problem: lead.problem } : {}),
    coverage: others.map((o) => ({ outlet: o.outlet, url: o.url })),
    framingNote,
  };
}
