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
  /** The source ranges this line was built from, in order. */
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
  genre: Genre;
  digest: DigestLine[];
  notes: FramingNote[];
  sources: SourceCount[];
  stats: { words: number; sentences: number };
  /** Present when no regular digest could be written: a short text, a list, not English. */
  notice?: string;
  text?: string;
}

/** What the engine reads: plain text with paragraph breaks, and whatever metadata came with it. */
export interface ArticleInput {
  text: string;
  title: string | null;
  source: string;
}
