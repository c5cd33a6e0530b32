// Out-of-fold scores on WNC train, and the threshold and regularisation they choose.

import type { SentenceExamples } from './examples.js';
import { type Example, type FitOptions, fitLogistic, predict } from './logistic.js';

export interface CvResult {
  l2: number;
  threshold: number;
  /** Share of the edited (neutral) sentences with a word at or above the threshold. */
  neutralAlarms: number;
  precision: number;
  recall: number;
  f1: number;
  top1: number;
}

/** k-fold by sentence; `always` (lexicon and neutral words) is in every training fold. */
export function outOfFold(
  sentences: readonly SentenceExamples[],
  always: readonly Example[],
  folds: number,
  options: FitOptions,
): { scores: number[][]; neutral: number[] } {
  const scores: number[][] = sentences.map(() => []);
  const neutral: number[] = sentences.map(() => 0);
  for (let k = 0; k < folds; k++) {
    const train = sentences.filter((_, i) => i % folds !== k).flatMap((s) => s.examples);
    const fit = fitLogistic([...train, ...always], options);
    sentences.forEach((s, i) => {
      if (i % folds !== k) return;
      scores[i] = s.examples.map((e) => predict(fit, e.x));
      neutral[i] = Math.max(0, ...s.neutral.map((e) => predict(fit, e.x)));
    });
  }
  return { scores, neutral };
}

/**
 * The threshold with the best word F1 (unreachable removed words count as misses) among those
 * that raise a note on at most `maxAlarms` of the edited, neutral sentences; and top-1.
 */
export function bestThreshold(
  sentences: readonly SentenceExamples[],
  { scores, neutral }: { scores: readonly number[][]; neutral: readonly number[] },
  l2: number,
  maxAlarms: number,
): CvResult {
  let best: CvResult | null = null;
  for (let t = 0.05; t < 0.96; t += 0.01) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    sentences.forEach((s, i) => {
      s.examples.forEach((e, j) => {
        const said = scores[i]![j]! >= t;
        if (said && e.y) tp++;
        else if (said) fp++;
        else if (e.y) fn++;
      });
      fn += s.unreachable;
    });
    const neutralAlarms = neutral.filter((p) => p >= t).length / neutral.length;
    if (neutralAlarms > maxAlarms) continue;
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    if (!best || f1 > best.f1)
      best = { l2, threshold: t, neutralAlarms, precision, recall, f1, top1: 0 };
  }
  return { ...best!, top1: topOne(sentences, scores) };
}

function topOne(sentences: readonly SentenceExamples[], scores: readonly number[][]): number {
  let hits = 0;
  sentences.forEach((s, i) => {
    let at = -1;
    scores[i]!.forEach((p, j) => {
      if (at < 0 || p > scores[i]![at]!) at = j;
    });
    if (at >= 0 && s.examples[at]!.y === 1) hits++;
  });
  return hits / sentences.length;
}
