import type { Sentence, TextDoc } from '../text/text-model.js';
import { comesAfterEnd } from './comes-after.js';
import { backReferenceAdjunctEnd } from './leading-adjunct.js';

/** Conjunctions that join a sentence to the one before and add nothing the sentence states. */
const CONJUNCTIONS = new Set(['but', 'and']);
/**
 * Adverbials that do the same when set off by a comma ("However, …", "For example, …"). Without
 * the comma they may be part of the clause ("Still photographs …", "Meanwhile he …" is rare).
 */
const ADVERBIALS = [
  ['however'],
  ['for', 'example'],
  ['for', 'instance'],
  ['meanwhile'],
  ['moreover'],
  ['furthermore'],
  ['nevertheless'],
  ['nonetheless'],
  ['in', 'addition'],
  ['still'],
  ['also'],
];
/** What is left must still be a sentence of its own, not a word or two. */
const MIN_WORDS_LEFT = 5;

/**
 * One past a connective that opens the sentence at token `from` ("But", "And", "However,",
 * "For example,"), on an adjunct that only points back ("Alongside the talks,") or on a frame
 * that does ("This comes after", comes-after.ts), or `from`
 * when there is none. The connective ties the sentence to one the
 * reader of a digest has not seen; the rest often stands alone ("For example, the Stadia port
 * doesn't run at a solid 60fps."), so the line may leave it out. Whether the rest does stand
 * alone (it may open on "it" or "they") is for the line's own check.
 */
export function leadingConnectiveEnd(doc: TextDoc, sentence: Sentence, from: number): number {
  const { tokens } = doc;
  const word = (k: number) => tokens[from + k]?.normal ?? '';
  let end = from;
  const phrase = ADVERBIALS.find((p) => p.every((w, k) => word(k) === w));
  if (CONJUNCTIONS.has(word(0))) end = from + (tokens[from + 1]?.value === ',' ? 2 : 1);
  else if (phrase && tokens[from + phrase.length]?.value === ',') end = from + phrase.length + 1;
  else end = backReferenceAdjunctEnd(doc, sentence, from);
  if (end === from) end = comesAfterEnd(doc, sentence, from);
  if (end === from) return from;
  const left = tokens.slice(end, sentence.endToken).filter((t) => /[\p{L}\p{N}]/u.test(t.value));
  return left.length >= MIN_WORDS_LEFT ? end : from;
}
