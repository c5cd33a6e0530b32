import type { Token } from '../../text/text-model.js';
import { type Candidate, contextTokens, EXTRA_FEATURES, extraFeatures } from './features.js';
import { type HiddenLayer, hiddenLogOdds } from './hidden-layer.js';
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
  /** Format 2: a hidden layer, and `size` word and context parts per vocabulary word. */
  layer?: HiddenLayer;
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
  hidden?: number;
  firstBias?: number[];
  out?: number[];
  outBias?: number;
}

/** Validates the shipped model files and indexes each word's share of the score. */
export function parseLoadedModel(files: ModelFiles): LoadedModel {
  const w = files.weights as WeightsJson;
  const problem = weightsProblem(w);
  if (problem) throw new Error(`word scorer: ${problem}`);
  const words = files.vocabulary.split('\n').filter((line) => line !== '');
  const layer = w.format === 'lede-word-scorer/2' ? hiddenLayer(w) : undefined;
  const [wordPart, contextPart] = readWordParts(files.parts, words.length * (layer?.size ?? 1));
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
    ...(layer ? { layer } : {}),
  };
}

function hiddenLayer(w: WeightsJson): HiddenLayer {
  return {
    size: w.hidden!,
    bias: Float32Array.from(w.firstBias!),
    extra: Float32Array.from(w.extra),
    out: Float32Array.from(w.out!),
    outBias: w.outBias!,
  };
}

function weightsProblem(w: WeightsJson | null): string | null {
  if (typeof w !== 'object' || w === null) return 'weights.json must hold an object';
  if (w.format === 'lede-word-scorer/2') return layerProblem(w);
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

function layerProblem(w: WeightsJson): string | null {
  const H = w.hidden;
  if (!Number.isInteger(H) || H! < 1) return 'hidden must be a positive whole number';
  const numbers = (a: unknown, n: number) =>
    Array.isArray(a) && a.length === n && a.every((x) => Number.isFinite(x));
  if (JSON.stringify(w.features) !== JSON.stringify(EXTRA_FEATURES))
    return 'weights.json was built for other features; rebuild it with scripts/model/train-network.ts';
  if (
    !numbers(w.firstBias, H!) ||
    !numbers(w.out, H!) ||
    !numbers(w.extra, H! * EXTRA_FEATURES.length)
  )
    return 'hidden-layer weights must be numbers, one per unit (and feature)';
  if (!Number.isFinite(w.outBias) || !(w.threshold > 0 && w.threshold < 1))
    return 'output bias must be a number and threshold in (0, 1)';
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
  if (model.layer) return scoreHidden(model, model.layer, tokens, c, scratch, vectors, lettered);
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

function scoreHidden(
  model: LoadedModel,
  layer: HiddenLayer,
  tokens: readonly Token[],
  c: Candidate,
  scratch: Float32Array,
  vectors: Int32Array,
  lettered?: readonly boolean[],
): number {
  const word = vectors[c.index]!;
  const around = contextTokens(tokens, c.index, c.sentence, lettered);
  const context = around.map((k) => vectors[k]!).filter((u) => u >= 0);
  extraFeatures(tokens, c, word >= 0, scratch);
  const z = hiddenLogOdds(layer, model.wordPart, model.contextPart, {
    word,
    context,
    contextCount: around.length,
    extra: scratch,
  });
  return 1 / (1 + Math.exp(-z));
}
