import { itemsBySentence } from '../text/by-sentence.js';
import type { TextDoc } from '../text/text-model.js';
import type { FramingNote, Span } from '../types.js';
import { type NeutralSentence, neutralizeSentence } from './neutralize-sentence.js';

/** Every sentence's notes and its neutral version (made once, when first asked for). */
export interface Prepared {
  notesIn: FramingNote[][];
  made: (index: number) => NeutralSentence;
  /** The version for a line right after the line of the sentence before it (neutralize-sentence.ts). */
  following: (index: number) => NeutralSentence;
  /** Notes the neutraliser could not remove, and the tokens it removed. */
  surviving: Set<FramingNote>;
  dropped: Set<number>;
}

/**
 * Neutralise first, then rank: a note the neutraliser removes ("…, showcasing X's prowess")
 * should not keep a sentence of plain facts out of the digest; only the notes left count.
 */
export function neutralised(doc: TextDoc, notes: readonly FramingNote[]): Prepared {
  const notesIn = itemsBySentence(doc.sentences, notes);
  const cache = new Map<number, NeutralSentence>();
  const made = (index: number) => {
    const cached = cache.get(index) ?? neutralizeSentence(doc, index, notesIn[index]!);
    cache.set(index, cached);
    return cached;
  };
  const followingCache = new Map<number, NeutralSentence>();
  const following = (index: number) => {
    const cached =
      followingCache.get(index) ?? neutralizeSentence(doc, index, notesIn[index]!, [], true);
    followingCache.set(index, cached);
    return cached;
  };
  const surviving = new Set<FramingNote>();
  const dropped = new Set<number>();
  notesIn.forEach((inSentence, index) => {
    if (inSentence.length === 0) return;
    const kept = made(index).line.spans;
    for (const note of inSentence) if (covers(kept, note.span)) surviving.add(note);
    const sentence = doc.sentences[index]!;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = doc.tokens[t]!;
      if (!covers(kept, [token.start, token.end])) dropped.add(t);
    }
  });
  return { notesIn, made, following, surviving, dropped };
}

/** Whether one of `spans` holds all of `span`. */
export function covers(spans: readonly Span[], span: Span): boolean {
  return spans.some(([start, end]) => start <= span[0] && span[1] <= end);
}
