import type { Sentence, Token } from '../../text/text-model.js';
import { type LexiconMatch, LOADED_CATEGORIES } from '../lexicon.js';

/** Word classes the scorer rates; names, numbers and function words are never loaded alone. */
export const CANDIDATE_POS = new Set(['ADJ', 'ADV', 'VERB', 'NOUN']);
/** The part-of-speech features, in the order of the first `EXTRA_FEATURES`. */
const POS_FEATURES = ['ADJ', 'ADV', 'VERB', 'NOUN'];
const QUOTE_MARKS = new Set(["'", '‘', '"', '“']);
const LETTER = /\p{L}/u;

/** One token the scorer rates, with what the lexicon says about it. */
export interface Candidate {
  index: number;
  sentence: Sentence;
  /** The reviewed lexicon match covering the token, if any. */
  match: LexiconMatch | null;
  negated: boolean;
}

/**
 * Names of the features besides the two embeddings, in the order `extraFeatures` writes them.
 * The shipped weights list them too, so a model built for another order fails to load.
 */
export const EXTRA_FEATURES: readonly string[] = [
  'pos:ADJ',
  'pos:ADV',
  'pos:VERB',
  'pos:NOUN',
  'lexicon',
  'lexicon-weight',
  ...LOADED_CATEGORIES.map((c) => `lexicon:${c}`),
  'negated',
  'sentence-first',
  'after-quote-mark',
  'no-vector',
  'length',
];

/** The non-embedding features of candidate `c`, written into `out` from `EXTRA_FEATURES`. */
export function extraFeatures(
  tokens: readonly Token[],
  c: Candidate,
  hasVector: boolean,
  out: Float32Array,
): void {
  out.fill(0);
  const token = tokens[c.index]!;
  const posAt = POS_FEATURES.indexOf(token.pos === 'AUX' ? 'VERB' : token.pos);
  if (posAt >= 0) out[posAt] = 1;
  const category = c.match ? LOADED_CATEGORIES.indexOf(c.match.entry.category) : -1;
  if (c.match && category >= 0) {
    out[4] = 1;
    out[5] = c.match.entry.weight;
    out[6 + category] = 1;
  }
  const at = 6 + LOADED_CATEGORIES.length;
  out[at] = c.negated ? 1 : 0;
  out[at + 1] = c.index === c.sentence.firstToken ? 1 : 0;
  out[at + 2] = QUOTE_MARKS.has(tokens[c.index - 1]?.value ?? '') ? 1 : 0;
  out[at + 3] = hasVector ? 0 : 1;
  out[at + 4] = Math.min(token.normal.length, 15) / 15;
}

/**
 * Up to two words either side of `i` in its sentence: the context the embedding mean covers.
 * `lettered` is `tokensWithLetters(tokens)` when the caller has it.
 */
export function contextTokens(
  tokens: readonly Token[],
  i: number,
  sentence: Sentence,
  lettered?: readonly boolean[],
): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= sentence.firstToken && out.length < 2; k--) {
    if (isWord(tokens, k, lettered)) out.push(k);
  }
  const before = out.length;
  for (let k = i + 1; k < sentence.endToken && out.length - before < 2; k++) {
    if (isWord(tokens, k, lettered)) out.push(k);
  }
  return out;
}

// A module-level function, not a closure per call: this runs for every candidate word.
function isWord(tokens: readonly Token[], k: number, lettered?: readonly boolean[]): boolean {
  return lettered?.[k] ?? LETTER.test(tokens[k]!.value);
}
