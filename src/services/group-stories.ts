import { clusterStories } from '../core/stories/index.js';
import type { DigestCandidate } from './digest-candidate.js';

/** One entry of a multi-item digest: one article, or several outlets' copies of one event. */
export interface DigestStory {
  /** The copy whose digest stands for the story: the most neutral, most complete. */
  lead: DigestCandidate;
  /** The other outlets' copies, newest first. */
  others: DigestCandidate[];
  framingNote: string | null;
}

/** Items further apart than this are never merged into one story. */
export const STORY_WINDOW_MS = 48 * 3_600_000;

/**
 * Merges items about the same event into stories (see src/core/stories), newest story first.
 * Items that could not be read stay on their own, in their place, so nothing is hidden.
 */
export function groupIntoStories(candidates: readonly DigestCandidate[]): DigestStory[] {
  const readable = candidates.filter((c) => c.analysis !== null && c.text !== null);
  const byId = new Map(readable.map((c) => [c.id, c]));
  const stories = clusterStories(
    readable.map((c) => ({ ...c, text: c.text!, analysis: c.analysis! })),
    { windowMs: STORY_WINDOW_MS },
  ).map((story) => ({
    lead: byId.get(story.lead.id)!,
    others: story.members
      .filter((m) => m.id !== story.lead.id)
      .map((m) => byId.get(m.id)!)
      .sort((a, b) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0)),
    framingNote: story.framingNote,
  }));
  const unread = candidates
    .filter((c) => c.analysis === null || c.text === null)
    .map((lead) => ({ lead, others: [], framingNote: null }));
  const newest = (s: DigestStory) =>
    Math.max(s.lead.publishedAt ?? -Infinity, ...s.others.map((o) => o.publishedAt ?? -Infinity));
  return [...stories, ...unread]
    .map((story, index) => ({ story, index }))
    .sort((a, b) => newest(b.story) - newest(a.story) || a.index - b.index)
    .map(({ story }) => story);
}
