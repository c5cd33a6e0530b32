// Session 7 variant rows: the words before and after as separate means, and a quote mark nearby.
import {
  type Candidate,
  EXTRA_FEATURES,
  extraFeatures,
} from '../../src/core/framing/model/features.js';
import type { Token } from '../../src/core/text/text-model.js';
import type { FeatureSpace } from './examples.js';

const LETTER = /\p{L}/u;
const QUOTES = /["“”‘’]/;

function vectorIndex(s: FeatureSpace, t: Token): number {
  return s.index.get(t.normal) ?? s.index.get(t.lemma) ?? -1;
}

/** Up to two lettered words on one side of `i` within its sentence. */
function side(tokens: readonly Token[], c: Candidate, step: -1 | 1): number[] {
  const out: number[] = [];
  for (let k = c.index + step; k >= c.sentence.firstToken && k < c.sentence.endToken; k += step) {
    if (LETTER.test(tokens[k]!.value)) out.push(k);
    if (out.length === 2) break;
  }
  return out;
}

function addMean(
  s: FeatureSpace,
  tokens: readonly Token[],
  ks: number[],
  row: Float32Array,
  at: number,
) {
  const { bytes, dimensions, scales } = s.vectors;
  for (const k of ks) {
    const v = vectorIndex(s, tokens[k]!);
    if (v < 0) continue;
    for (let d = 0; d < dimensions; d++)
      row[at + d]! += (bytes[v * dimensions + d]! * scales[v]!) / ks.length;
  }
}

/** [word | mean of two words before | mean of two after | EXTRA_FEATURES | quote within 3 tokens]. */
export function splitContextRow(
  s: FeatureSpace,
  tokens: readonly Token[],
  c: Candidate,
): Float32Array {
  const dims = s.vectors.dimensions;
  const row = new Float32Array(3 * dims + EXTRA_FEATURES.length + 1);
  const v = vectorIndex(s, tokens[c.index]!);
  addMean(s, tokens, v >= 0 ? [c.index] : [], row, 0);
  addMean(s, tokens, side(tokens, c, -1), row, dims);
  addMean(s, tokens, side(tokens, c, 1), row, 2 * dims);
  const extra = new Float32Array(EXTRA_FEATURES.length);
  extraFeatures(tokens, c, v >= 0, extra);
  row.set(extra, 3 * dims);
  let quote = 0;
  for (let k = Math.max(0, c.index - 3); k <= Math.min(tokens.length - 1, c.index + 3); k++)
    if (k !== c.index && QUOTES.test(tokens[k]!.value)) quote = 1;
  row[row.length - 1] = quote;
  return row;
}
