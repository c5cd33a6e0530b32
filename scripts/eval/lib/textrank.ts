import type { TextDoc } from '../../../src/core/text/text-model.js';

/**
 * TextRank baseline (Mihalcea & Tarau 2004, section 4): sentences are vertices, edges weigh the
 * word overlap |Si ∩ Sj| / (log|Si| + log|Sj|), scores come from weighted PageRank (d = 0.85).
 * Words are lower-cased word tokens with no stop-word removal, as in the paper.
 */
export function textRankScores(doc: TextDoc, iterations = 30): number[] {
  const bags = doc.sentences.map((s) => {
    const words = new Set<string>();
    let count = 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i]!;
      if (t.pos === 'PUNCT' || t.pos === 'SYM') continue;
      words.add(t.normal);
      count++;
    }
    return { words, count };
  });
  const n = bags.length;
  const weight = bags.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = bags[i]!;
      const b = bags[j]!;
      const denom = Math.log(a.count) + Math.log(b.count);
      if (denom <= 0) continue;
      let shared = 0;
      for (const w of a.words) if (b.words.has(w)) shared++;
      weight[i]![j] = weight[j]![i] = shared / denom;
    }
  }
  return pageRank(weight, iterations);
}

function pageRank(weight: Float64Array[], iterations: number): number[] {
  const n = weight.length;
  const outSum = weight.map((row) => row.reduce((a, b) => a + b, 0));
  let score = new Array<number>(n).fill(1);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill(0.15);
    for (let j = 0; j < n; j++) {
      if (outSum[j] === 0) continue;
      const share = (0.85 * score[j]!) / outSum[j]!;
      const row = weight[j]!;
      for (let i = 0; i < n; i++) next[i]! += row[i]! * share;
    }
    score = next;
  }
  return score;
}

/** The k best sentences by score, in source order. */
export function topInSourceOrder(scores: readonly number[], k: number): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, k)
    .map((x) => x.index)
    .sort((a, b) => a - b);
}
