import type { GenreLabel, NoteKind } from './types.js';

/** Another outlet's copy of a digest story. */
export interface CoverageResult {
  outlet: string;
  url: string | null;
}

/**
 * The fixed, public JSON shape of one story of a multi-item digest (`lede digest --format json`,
 * one per line with `jsonl`): the story told by its most neutral copy.
 */
export interface DigestStoryResult {
  title: string;
  url: string | null;
  outlet: string;
  /** ISO 8601, or null when the feed gave no date. */
  publishedAt: string | null;
  /** The neutral digest lines of the lead copy; none when it could not be read. */
  digest: string[];
  noteCounts: Partial<Record<NoteKind, number>>;
  genre: GenreLabel | null;
  /** Why the item could not be read or analysed, when it could not. */
  problem?: string;
  coverage: CoverageResult[];
  /** How the outlets' framing of the story differs, when several covered it. */
  framingNote: string | null;
}

/** `lede digest --format json`. */
export interface DigestResult {
  items: DigestStoryResult[];
}
