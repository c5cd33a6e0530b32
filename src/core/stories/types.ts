import type { ArticleAnalysis } from '../types.js';

/** One article offered for a multi-item digest, already analysed. */
export interface StoryCandidate {
  /** Unique within a batch; also the final tie-breaker, so clusters do not depend on input order. */
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  outlet: string;
  /** Epoch milliseconds, or null when the feed gave no date. */
  publishedAt: number | null;
  analysis: ArticleAnalysis;
}

/** Articles from one or more outlets about the same event. */
export interface Story {
  /** In canonical order (by id). */
  members: StoryCandidate[];
  /** The most neutral, most complete member: its digest stands for the story. */
  lead: StoryCandidate;
  /** One line when the outlets' framing differs materially, else null. */
  framingNote: string | null;
}

export interface ClusterOptions {
  /** Articles further apart than this (by publishedAt) are never one story. */
  windowMs: number;
  /** Minimum group-average cosine for two clusters to merge; DEFAULT_STORY_THRESHOLD if absent. */
  threshold?: number;
}
