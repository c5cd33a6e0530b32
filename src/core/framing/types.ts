import type { Span } from '../types.js';

/** A direct quotation or a reported statement, and who it is attributed to. */
export interface Quote {
  kind: 'direct' | 'reported';
  /** The quoted or reported words (for direct quotes, including the quote marks). */
  span: Span;
  /** The speaker as written ("Coale", "a White House spokesman"), or null when none is given. */
  speaker: string | null;
  speakerSpan: Span | null;
  /** The reporting verb or phrase ("said", "according to"), or null. */
  verb: string | null;
  sentenceIndex: number;
  /** The name the speaker counts under ("Kellogg" for "he" after "Keith Kellogg"), or null. */
  source?: string | null;
  /** Whether the speaker is named, a pronoun, or a description ("a spokesman", "critics"). */
  speakerKind?: 'named' | 'pronoun' | 'description' | null;
}
