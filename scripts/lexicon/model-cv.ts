// Training and k-fold cross-validation of the learned word scorer (src/core/framing/model).
// Features are extracted once per sentence; each fold fits on its training rows only, and its
// reporting threshold is chosen by an inner cross-validation inside those same training rows.
import type { Lexicon } from '../../src/core/framing/lexicon.js';
import {
  type Candidate,
  contextFeatures,
  findCandidates,
  flagSpan,
  type WordLists,
  wordFeatures,
} from '../../src/core/framing/model/features.js';
import type { LoadedModel } from '../../src/core/framing/model/loaded-model.js';
import type { LabelledDoc } from './fit-folds.js';
import { type Example, type Fitted, type TrainOptions, trainLogistic } from './logistic.js';

export interface Prepared {
  row: LabelledDoc;
  candidates: Candidate[];
  features: string[][];
  labels: (0 | 1)[];
  /** Whether the word labels can be trusted: non-biased rows, and biased rows with marks. */
  trainable: boolean;
  /** Per candidate, the \w+ words of the text its flag would cover (as the eval counts them). */
  covers: number[][];
  /** Per \w+ word of the text, whether the annotators marked it. */
  goldWords: boolean[];
}

/** Leave a margin under the 20% target: a threshold chosen at exactly 20% drifts over it. */
export const MAX_FALSE_ALARM = 0.18;
const INNER_FOLDS = 3;

export function prepare(row: LabelledDoc, lexicon: Lexicon, lists: WordLists): Prepared {
  const candidates = findCandidates(row.doc, lexicon, row.quoted);
  const words = [...row.doc.text.matchAll(/\w+/g)];
  const goldWords = words.map((m) => row.gold.has(m[0].toLowerCase()));
  const features = candidates.map((c) => {
    const out: string[] = [];
    const emit = (f: string) => out.push(f);
    wordFeatures(row.doc.tokens[c.index]!, lists, emit);
    contextFeatures(row.doc.tokens, c, lists, emit);
    return out;
  });
  const labels = candidates.map((c): 0 | 1 => {
    if (!row.biased) return 0;
    const pieces = row.doc.tokens[c.index]!.normal.match(/\w+/g) ?? [];
    return pieces.some((w) => row.gold.has(w)) ? 1 : 0;
  });
  const covers = candidates.map((c) => {
    const [s, e] = flagSpan(row.doc.tokens, c);
    const hit: number[] = [];
    for (const [k, m] of words.entries()) if (m.index < e && m.index + m[0].length > s) hit.push(k);
    return hit;
  });
  const trainable = !row.biased || row.gold.size > 0;
  return { row, candidates, features, labels, trainable, covers, goldWords };
}

export function fitRows(rows: readonly Prepared[], options?: TrainOptions): Fitted {
  const examples: Example[] = [];
  for (const p of rows) {
    if (!p.trainable) continue;
    for (const [i, features] of p.features.entries())
      examples.push({ features, label: p.labels[i]! });
  }
  return trainLogistic(examples, options);
}

export function probabilities(model: Fitted, p: Prepared): number[] {
  return p.features.map((fs) => {
    let z = model.bias;
    for (const f of fs) z += model.weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  });
}

interface WordScore {
  gate: number;
  best: number;
  gold: boolean;
}

/** Per sentence, the highest probability in it: the gate a sentence must pass to get notes. */
function sentenceMax(p: Prepared, probs: readonly number[]): Map<number, number> {
  const max = new Map<number, number>();
  for (const [i, c] of p.candidates.entries()) {
    const key = c.sentence.firstToken;
    max.set(key, Math.max(max.get(key) ?? 0, probs[i]!));
  }
  return max;
}

/** Every \w+ word of the marked rows with the gate and the best score of what covers it. */
function wordScores(rows: readonly Prepared[], probs: readonly number[][]): WordScore[] {
  const out: WordScore[] = [];
  for (const [r, p] of rows.entries()) {
    if (!p.row.biased || p.row.gold.size === 0) continue;
    const gates = sentenceMax(p, probs[r]!);
    const words = p.goldWords.map((gold) => ({ gate: 0, best: 0, gold }));
    for (const [i, c] of p.candidates.entries()) {
      const gate = gates.get(c.sentence.firstToken)!;
      for (const k of p.covers[i]!) {
        const w = words[k]!;
        if (probs[r]![i]! > w.best) Object.assign(w, { gate, best: probs[r]![i]! });
      }
    }
    out.push(...words);
  }
  return out;
}

export interface Thresholds {
  /** A sentence gets notes only when one of its words reaches this. */
  sentence: number;
  /** In such a sentence, every word at or above this is reported. */
  word: number;
}

/**
 * Best word F1 among threshold pairs whose false-alarm rate on the non-biased rows (which depends
 * on the sentence gate only) stays within MAX_FALSE_ALARM, given out-of-fold probabilities.
 */
export function bestThresholds(rows: readonly Prepared[], probs: readonly number[][]): Thresholds {
  const gates = rows.flatMap((p, r) =>
    p.row.biased ? [] : [Math.max(0, ...sentenceMax(p, probs[r]!).values())],
  );
  const words = wordScores(rows, probs);
  let best = { sentence: 0.95, word: 0.95, f1: -1 };
  for (let gate = 0.96; gate >= 0.05; gate -= 0.01) {
    if (gates.filter((g) => g >= gate).length / (gates.length || 1) > MAX_FALSE_ALARM) break;
    for (let t = 0.05; t <= gate + 1e-9; t += 0.01) {
      let tp = 0;
      let flagged = 0;
      let gold = 0;
      for (const w of words) {
        const on = w.gate >= gate && w.best >= t;
        if (on) flagged++;
        if (w.gold) gold++;
        if (on && w.gold) tp++;
      }
      const f1 = (2 * tp) / (flagged + gold || 1);
      if (f1 > best.f1) best = { sentence: gate, word: t, f1 };
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return { sentence: round(best.sentence), word: round(best.word) };
}

/** Fits on `train` and picks the threshold by an inner k-fold CV inside `train`. */
export function fitWithThreshold(train: readonly Prepared[], options?: TrainOptions) {
  const probs: number[][] = new Array(train.length);
  for (let k = 0; k < INNER_FOLDS; k++) {
    const inner = fitRows(
      train.filter((_, i) => i % INNER_FOLDS !== k),
      options,
    );
    for (const [i, p] of train.entries())
      if (i % INNER_FOLDS === k) probs[i] = probabilities(inner, p);
  }
  return { fitted: fitRows(train, options), thresholds: bestThresholds(train, probs) };
}

export function toModel(
  fitted: Fitted,
  lists: WordLists,
  thresholds: Thresholds,
  neutral: ReadonlyMap<string, string> = new Map(),
): LoadedModel {
  return {
    ...fitted,
    threshold: thresholds.sentence,
    wordThreshold: thresholds.word,
    lists,
    neutral,
    wordCache: new Map(),
  };
}

/** For each outer fold, a model fitted (weights and threshold) without that fold's rows. */
export function crossValidatedModels(
  rows: readonly Prepared[],
  folds: number,
  lists: WordLists,
  options?: TrainOptions,
): LoadedModel[] {
  const models: LoadedModel[] = [];
  for (let k = 0; k < folds; k++) {
    const { fitted, thresholds } = fitWithThreshold(
      rows.filter((_, i) => i % folds !== k),
      options,
    );
    models.push(toModel(fitted, lists, thresholds));
  }
  return models;
}
