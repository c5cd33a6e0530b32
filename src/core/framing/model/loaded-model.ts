import type { Token } from '../../text/text-model.js';
import { type Candidate, contextTokens, EXTRA_FEATURES, extraFeatures } from './features.js';
import { readWordParts } from './vectors.js';

/** The files of config/model/ as read by the adapter. */
export interface ModelFiles {
  /** One word per line, in the order of parts.bin. */
  vocabulary: string;
  /** parts.bin: each word's share of the score (`readWordParts`). */
  parts: Uint8Array;
  /** The parsed JSON of weights.json. */
  weights: unknown;
}

/**
 * The shipped word scorer: logistic regression over the word's GloVe vector, the mean vector of
 * its neighbours, and `EXTRA_FEATURES` (part of speech, the reviewed lexicon, negation...).
 * Built by scripts/model/train.ts; how is recorded in config/model/how-made.json.
 */
export interface LoadedModel {
  /** Words scoring at or above this probability are reported (chosen by CV on WNC train). */
  threshold: number;
  bias: number;
  extra: Float32Array;
  index: ReadonlyMap<string, number>;
  /** Per vocabulary word, its vector's dot product with the word and the context weights. */
  wordPart: Float32Array;
  contextPart: Float32Array;
  /** One line on how the weights were made, for the eval. */
  made: string;
}

interface WeightsJson {
  format: string;
  dimensions: number;
  features: string[];
  bias: number;
  word: number[];
  context: number[];
  extra: number[];
  threshold: number;
  made: string;
}

/** Validates the shipped model files and indexes each word's share of the score. */
export function parseLoadedModel(files: ModelFiles): LoadedModel {
  const w = files.weights as WeightsJson;
  const problem = weightsProblem(w);
  if (problem) throw new Error(`word scorer: ${problem}`);
  const words = files.vocabulary.split('\n').filter((line) => line !== '');
  const [wordPart, contextPart] = readWordParts(files.parts, words.length);
  const index = new Map<string, number>();
  for (let v = 0; v < words.length; v++) index.set(words[v]!, v);
  return {
    threshold: w.threshold,
    bias: w.bias,
    extra: Float32Array.from(w.extra),
    index,
    wordPart,
    contextPart,
    made: w.made,
  };
}

function weightsProblem(w: WeightsJson | null): string | null {
  if (typeof w !== 'object' || w === null) return 'weights.json must hold an object';
  if (w.format !== 'lede-word-scorer/1') return `unknown format "${String(w.format)}"`;
  if (JSON.stringify(w.features) !== JSON.stringify(EXTRA_FEATURES))
    return 'weights.json was built for other features; rebuild it with scripts/model/train.ts';
  const numbers = (a: unknown, n: number) =>
    Array.isArray(a) && a.length === n && a.every((x) => Number.isFinite(x));
  if (!numbers(w.word, w.dimensions) || !numbers(w.context, w.dimensions))
    return 'word and context weights must be numbers, one per dimension';
  if (!numbers(w.extra, EXTRA_FEATURES.length)) return 'extra weights must match the features';
  if (!Number.isFinite(w.bias) || !(w.threshold > 0 && w.threshold < 1))
    return 'bias must be a number and threshold in (0, 1)';
  return null;
}

/** The vocabulary index of a token's vector (its form, else its lemma), or -1. */
export function vectorOf(model: Pick<LoadedModel, 'index'>, token: Token): number {
  return model.index.get(token.normal) ?? model.index.get(token.lemma) ?? -1;
}

/**
 * Each token's vocabulary index (or -1), looked up once per document. Given `wanted`, tokens it
 * leaves out get -1 unlooked: `tokensWithLetters` (candidates and their context words all hold a
 * letter), or exactly the words the scorer will read.
 */
export function vectorsOf(
  model: Pick<LoadedModel, 'index'>,
  tokens: readonly Token[],
  wanted?: readonly boolean[],
): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    out[i] = wanted && !wanted[i] ? -1 : vectorOf(model, tokens[i]!);
  }
  return out;
}

/** P(the candidate is loaded), from the precomputed parts: a few array reads per word. */
export function scoreCandidate(
  model: LoadedModel,
  tokens: readonly Token[],
  c: Candidate,
  scratch: Float32Array,
  vectors: Int32Array = vectorsOf(model, tokens),
  /** `tokensWithLetters(tokens)`, when the caller has it. */
  lettered?: readonly boolean[],
): number {
  const v = vectors[c.index]!;
  let z = model.bias + (v >= 0 ? model.wordPart[v]! : 0);
  const around = contextTokens(tokens, c.index, c.sentence, lettered);
  let context = 0;
  for (const k of around) {
    const u = vectors[k]!;
    if (u >= 0) context += model.contextPart[u]!;
  }
  if (around.length > 0) z += context / around.length;
  extraFeatures(tokens, c, v >= 0, scratch);
  for (let f = 0; f < scratch.length; f++) z += scratch[f]! * model.extra[f]!;
  return 1 / (1 + Math.exp(-z));
}
