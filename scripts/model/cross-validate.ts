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

/** Out-of-fold word precision, recall, F1 and neutral alarms at one threshold. */
export type ThresholdPoint = Omit<CvResult, 'l2' | 'top1'>;

/**
 * The decision rule the engine ships: among thresholds that raise a note on at most `maxAlarms`
 * of the edited, neutral sentences and keep out-of-fold precision at or above `minPrecision`,
 * the one with the best word F1 (unreachable removed words count as misses). When no threshold
 * reaches the precision, the most precise one. Also top-1, which no threshold changes.
 */
export function bestThreshold(
  sentences: readonly SentenceExamples[],
  oof: { scores: readonly number[][]; neutral: readonly number[] },
  l2: number,
  rule: { maxAlarms: number; minPrecision: number },
): CvResult {
  const curve = thresholdCurve(sentences, oof).filter((p) => p.neutralAlarms <= rule.maxAlarms);
  const precise = curve.filter((p) => p.precision >= rule.minPrecision && p.recall > 0);
  const pick = precise.length
    ? precise.reduce((a, b) => (b.f1 > a.f1 ? b : a))
    : curve.reduce((a, b) => (b.precision > a.precision ? b : a));
  return { l2, ...pick, top1: topOne(sentences, oof.scores) };
}

/** Every threshold from 0.05 to 0.95 in steps of 0.01 with its out-of-fold figures. */
export function thresholdCurve(
  sentences: readonly SentenceExamples[],
  { scores, neutral }: { scores: readonly number[][]; neutral: readonly number[] },
): ThresholdPoint[] {
  const curve: ThresholdPoint[] = [];
  for (let step = 5; step <= 95; step++) {
    const t = step / 100;
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
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const neutralAlarms = neutral.filter((p) => p >= t).length / neutral.length;
    curve.push({ threshold: t, neutralAlarms, precision, recall, f1 });
  }
  return curve;
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
