import type { GenreHint } from './extract/page-genre.js';

/** A half-open range of UTF-16 offsets into an article's plain text: text.slice(start, end). */
export type Span = [start: number, end: number];

export type NoteKind =
  | 'loaded-language'
  | 'opinion-as-fact'
  | 'unattributed-claim'
  | 'vague-attribution'
  | 'sourcing'
  | 'genre';

export interface FramingNote {
  kind: NoteKind;
  /** Exactly text.slice(span[0], span[1]) of the article's plain text. */
  text: string;
  span: Span;
  message: string;
  suggestion?: string;
  /**
   * Whose words the note is about: the writer's own, or what a source said (reported speech).
   * Every framing detector sets it; optional only so that older fixtures still type-check.
   */
  voice?: 'writer' | 'source';
}

export interface DigestLine {
  text: string;
  /** The source ranges this line was built from, in order; none for a model's line (src/core/llm). */
  spans: Span[];
}

export type GenreLabel = 'news' | 'opinion' | 'analysis' | 'unknown';

export interface Genre {
  label: GenreLabel;
  score: number;
  evidence: string[];
}

export interface SourceCount {
  name: string;
  quotes: number;
}

/** The fixed, public JSON shape of one analysed article (`lede summarize --format json`). */
export interface ArticleAnalysis {
  title: string | null;
  source: string;
  /** ISO 8601, or null when neither page nor feed gave a date. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  genre: Genre;
  digest: DigestLine[];
  notes: FramingNote[];
  sources: SourceCount[];
  stats: { words: number; sentences: number };
  /**
   * Present when no regular digest could be written (a short text, a list, not English), or when
   * the text was longer than the engine analyses (MAX_ANALYSED_CHARS) and its end was left out.
   */
  notice?: string;
  text?: string;
  /** Set only when an LLM is configured: who wrote the digest lines (notes are always Lede's). */
  digestSource?: 'llm' | 'extractive';
  /**
   * Set with digestSource: the lines Lede's guard checked and those it rejected, with why; and,
   * when the model's lines are used, the loaded words Lede's neutraliser took out of them.
   */
  guard?: { checked: number; rejected: { line: string; reason: string }[]; neutralised?: string[] };
}

/** What the engine reads: plain text with paragraph breaks, and whatever metadata came with it. */
export interface ArticleInput {
  text: string;
  title: string | null;
  source: string;
  /** When the page or feed says it was published (ISO 8601). */
  published?: string | null;
  /** The site or feed it came from ("The Hill"). */
  outlet?: string | null;
  /** Its canonical address. */
  url?: string | null;
  /** What the page says of its own genre; outweighs what the text suggests. */
  genreHint?: GenreHint | null;
}
