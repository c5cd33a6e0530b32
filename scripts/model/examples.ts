// Labelled feature rows for the word scorer: WNC train pairs, reviewed lexicon entries as
// positives, neutral words as negatives. The features are exactly what the engine computes.
import { findQuotes } from '../../src/core/attribution/find-quotes.js';
import { findQuotedSpans } from '../../src/core/attribution/quoted-spans.js';
import { findSourceVoice } from '../../src/core/attribution/voice.js';
import { normaliseSpans } from '../../src/core/framing/lexical/context.js';
import { type Lexicon, matchLexicon } from '../../src/core/framing/lexicon.js';
import {
  type Candidate,
  contextTokens,
  EXTRA_FEATURES,
  extraFeatures,
} from '../../src/core/framing/model/features.js';
import { writerCandidates } from '../../src/core/framing/model/model-terms.js';
import type { QuantisedVectors } from '../../src/core/framing/model/vectors.js';
import { readText } from '../../src/core/text/read-text.js';
import type { TextDoc, Token } from '../../src/core/text/text-model.js';
import type { Example } from './logistic.js';

export interface FeatureSpace {
  vectors: QuantisedVectors;
  index: ReadonlyMap<string, number>;
}

export interface WncPair {
  split: 'train' | 'test';
  biased: string;
  neutral: string;
  removed_tokens: string[];
  added_tokens: string[];
}

/** One WNC sentence: its candidates' rows and labels, kept together for folds and top-1. */
export interface SentenceExamples {
  examples: Example[];
  /** Removed content words that are not candidates (missed whatever the threshold). */
  unreachable: number;
  /** The candidates of the edited, neutral sentence: any word flagged there is a false alarm. */
  neutral: Example[];
}

const vectorIndex = (s: FeatureSpace, t: Token) =>
  s.index.get(t.normal) ?? s.index.get(t.lemma) ?? -1;

function addVector(s: FeatureSpace, v: number, out: Float32Array, at: number, share: number) {
  const { bytes, dimensions, scales } = s.vectors;
  for (let d = 0; d < dimensions; d++)
    out[at + d]! += bytes[v * dimensions + d]! * scales[v]! * share;
}

/** [word vector | mean neighbour vector | EXTRA_FEATURES], as `scoreCandidate` sums them. */
export function rowFor(s: FeatureSpace, tokens: readonly Token[], c: Candidate): Float32Array {
  const dims = s.vectors.dimensions;
  const row = new Float32Array(2 * dims + EXTRA_FEATURES.length);
  const v = vectorIndex(s, tokens[c.index]!);
  if (v >= 0) addVector(s, v, row, 0, 1);
  const around = contextTokens(tokens, c.index, c.sentence);
  for (const k of around) {
    const u = vectorIndex(s, tokens[k]!);
    if (u >= 0) addVector(s, u, row, dims, 1 / around.length);
  }
  const extra = new Float32Array(EXTRA_FEATURES.length);
  extraFeatures(tokens, c, v >= 0, extra);
  row.set(extra, 2 * dims);
  return row;
}

/** The writer-voice candidates of a text, as the engine finds them. */
export function candidatesOf(doc: TextDoc, lexicon: Lexicon): Candidate[] {
  const voice = findSourceVoice(doc, findQuotes(doc));
  const notWriter = normaliseSpans([
    ...findQuotedSpans(doc.text),
    ...voice.verbatim,
    ...voice.reported,
  ]);
  return writerCandidates(doc, lexicon, notWriter);
}

/** Removed tokens are positives, kept candidates negatives ("award-winning" counts by part). */
export function wncExamples(s: FeatureSpace, lexicon: Lexicon, pair: WncPair): SentenceExamples {
  const doc = readText(pair.biased);
  const removed = new Set(pair.removed_tokens);
  const isRemoved = (t: Token) => t.normal.split('-').some((part) => removed.has(part));
  const examples = candidatesOf(doc, lexicon).map((c) => ({
    x: rowFor(s, doc.tokens, c),
    y: isRemoved(doc.tokens[c.index]!) ? (1 as const) : (0 as const),
  }));
  const content = doc.tokens.filter((t) => isRemoved(t) && /^(ADJ|ADV|VERB|NOUN)$/.test(t.pos));
  const positives = examples.filter((e) => e.y === 1).length;
  const after = readText(pair.neutral);
  const neutral = candidatesOf(after, lexicon).map((c) => ({
    x: rowFor(s, after.tokens, c),
    y: 0 as const,
  }));
  return { examples, unreachable: Math.max(0, content.length - positives), neutral };
}

/** A word on its own, with what the lexicon says about it, labelled `y`. */
export function wordExample(
  s: FeatureSpace,
  lexicon: Lexicon,
  word: string,
  y: 0 | 1,
): Example | null {
  const doc = readText(word);
  const sentence = doc.sentences[0];
  if (!sentence || doc.tokens.length !== 1) return null;
  const match = matchLexicon(lexicon, doc.tokens, 0, 1)[0] ?? null;
  return { x: rowFor(s, doc.tokens, { index: 0, sentence, match, negated: false }), y };
}
