import { readText } from '../text/read-text.js';
import type { Token } from '../text/text-model.js';

/**
 * A replacement fits where it is the same part of speech as the word it stands for (a verb for
 * "slammed", a noun for "regime": not the verb "say" for the noun "claim"), in the same form (not
 * "promote" for "touted"), names the same thing, and does not repeat a neighbouring word.
 */
export function swapFits(
  tokens: readonly Token[],
  [a, b]: [number, number],
  replacement: string,
): boolean {
  const head = tokens[b - 1]!;
  if (repeatsNeighbour(tokens, [a, b], replacement)) return false;
  // "much-touted" is one word: swapping its second half writes "much-promoted", another word.
  if (hyphenated(tokens, [a, b])) return false;
  const swapped = lastTokenOf(replacement);
  const headClass = wordClass(head.pos);
  if (headClass === null || headClass !== wordClass(swapped?.pos)) return false;
  if (headClass === 'noun') return nounSwapFits(tokens, [a, b]);
  // "an op-ed claiming to be part of the resistance" is not "saying to be", nor "an outfit
  // claimed to debunk" "said to debunk": the lexicon's neutral verbs take a clause, not an
  // infinitive, so a verb with an infinitive after it is not swapped.
  if (tokens[b]?.normal === 'to' && /^(VERB|AUX)$/.test(tokens[b + 1]?.pos ?? '')) return false;
  // "purchases touted by Trump" is not "purchases promote by Trump": an inflected verb wants an
  // inflected replacement.
  return !(headClass === 'verb' && inflected(head) && swapped && !inflected(swapped));
}

/** The flagged words are half of a hyphenated compound ("much-touted", "touted-for"). */
function hyphenated(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  const before = tokens[a - 1];
  const after = tokens[b];
  const joined = (left: Token | undefined, right: Token | undefined) =>
    left !== undefined && right !== undefined && left.end === right.start;
  return (
    (before?.value === '-' && joined(before, tokens[a])) ||
    (after?.value === '-' && joined(tokens[b - 1], after))
  );
}

/** "former former": the replacement repeats the word just before or after the flagged one. */
export function repeatsNeighbour(
  tokens: readonly Token[],
  [a, b]: [number, number],
  replacement: string,
): boolean {
  const neighbours = [tokens[a - 1]?.normal, tokens[b]?.normal];
  return replacement
    .toLowerCase()
    .split(/\s+/)
    .some((w) => neighbours.includes(w));
}

/**
 * A noun after a modifier may be half of a fixed expression ("natural disasters", "civil
 * rights"): swapping it names something else, so the sentence is left for another. A noun
 * right before a name is the person's title ("North Korean dictator Kim Jong Un"), not half
 * of a compound, and takes the neutral title. A verdict noun is a verdict only as a predicate
 * ("the launch was a disaster", a failure); elsewhere it names an event ("forty died in the
 * disaster", "chaos spilled out of an experiment"), which "failure" or "disorder" is not.
 */
function nounSwapFits(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  const title = tokens[b]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[b]!.value);
  if (!title && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[a - 1]?.pos ?? '')) return false;
  if (!VERDICT_NOUNS.has(tokens[b - 1]!.lemma) && !VERDICT_NOUNS.has(tokens[b - 1]!.normal))
    return true;
  return /^an?$/.test(tokens[a - 1]?.normal ?? '') && tokens[a - 2]?.lemma === 'be';
}

/** Nouns that judge an outcome when predicated and name the event itself when they refer. */
const VERDICT_NOUNS = new Set(['disaster', 'catastrophe', 'debacle', 'fiasco', 'chaos', 'tragedy']);

/** "touted", "claims", "slamming": not the word's base form. */
const inflected = (token: Token) => token.normal !== token.lemma;

const WORD_CLASSES: Record<string, string> = {
  VERB: 'verb',
  AUX: 'verb',
  NOUN: 'noun',
  PROPN: 'noun',
  ADJ: 'adjective',
  ADV: 'adverb',
};
const wordClass = (pos: string | undefined) => (pos ? (WORD_CLASSES[pos] ?? null) : null);

const replacementTokens = new Map<string, Token | undefined>();
/** A replacement's last word, as the tagger reads the replacement alone (cached). */
export function lastTokenOf(replacement: string): Token | undefined {
  if (!replacementTokens.has(replacement)) {
    replacementTokens.set(replacement, readText(replacement).tokens.at(-1));
  }
  return replacementTokens.get(replacement);
}
