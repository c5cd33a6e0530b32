/**
 * The article-extraction-benchmark metric (scrapinghub, `evaluate.py`), re-implemented:
 * tokens are Python's Unicode `\w+`, shingles are 4-token n-grams counted as a multiset, and each
 * document's TP/FP/FN are normalised to sum 1. Precision and recall are averaged over documents
 * (precision over documents with TP+FP > 0, recall over those with TP+FN > 0); F1 is the harmonic
 * mean of the two averages, not the mean of per-document F1.
 */

// Python's `\w` under re.UNICODE: alphanumerics (letters and numbers) and the underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export function shingleTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string): Map<string, number> {
  const tokens = shingleTokens(text);
  const counts = new Map<string, number>();
  // evaluate.py emits one (shorter) shingle for a text of fewer than four tokens.
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + SHINGLE_SIZE).join(' ');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface Overlap {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalised shingle overlap of one prediction with its ground truth. */
export function shingleOverlap(truth: string, prediction: string): Overlap {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
  /** Share of documents whose token sequence equals the ground truth's exactly. */
  accuracy: number;
}

export function scoreShingles(
  pairs: readonly { truth: string; prediction: string }[],
): ShingleScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  for (const { truth, prediction } of pairs) {
    const { tp, fp, fn } = shingleOverlap(truth, prediction);
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
    if (shingleTokens(truth).join(' ') === shingleTokens(prediction).join(' ')) exact++;
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: pairs.length > 0 ? exact / pairs.length : 0 };
}

function mean(xs: readonly number[]): number {
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** Bag-of-tokens F1 (lower-cased `\w+` tokens), for texts that are compared as a whole. */
export function tokenF1(truth: string, prediction: string): number {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const t of shingleTokens(s.toLowerCase())) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const t = count(truth);
  const p = count(prediction);
  let common = 0;
  let nt = 0;
  let np = 0;
  for (const v of t.values()) nt += v;
  for (const [k, v] of p) {
    np += v;
    common += Math.min(v, t.get(k) ?? 0);
  }
  if (nt === 0 && np === 0) return 1;
  if (common === 0) return 0;
  const precision = common / np;
  const recall = common / nt;
  return (2 * precision * recall) / (precision + recall);
}
