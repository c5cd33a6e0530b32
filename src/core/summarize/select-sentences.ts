import type { Ranking } from './rank-sentences.js';
import { dot } from './sentence-terms.js';

export interface SelectOptions {
  count: number;
  /** MMR trade-off between relevance and novelty (Carbonell & Goldstein 1998); 1 = no penalty. */
  lambda?: number;
  /** Called for each candidate in MMR order; a candidate is kept only when it returns true. */
  accept?: (index: number, chosen: readonly number[]) => boolean;
}

export const DEFAULT_MMR_LAMBDA = 0.7;
/** A sentence this close to one already taken says the same thing again: never take it. */
const NEAR_DUPLICATE = 0.85;

/**
 * Maximal Marginal Relevance: repeatedly take the sentence with the best
 * lambda * score - (1 - lambda) * (max similarity to a sentence already taken),
 * then return the chosen indices in source order so the digest reads like the article.
 */
export function selectSentences(ranking: Ranking, options: SelectOptions): number[] {
  const lambda = options.lambda ?? DEFAULT_MMR_LAMBDA;
  const { scores, vectors } = ranking;
  const chosen: number[] = [];
  const open = new Set(scores.map((s) => s.index));
  const maxSim = new Float64Array(scores.length);
  while (chosen.length < options.count && open.size > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const i of open) {
      const value = lambda * scores[i]!.score - (1 - lambda) * maxSim[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    open.delete(best);
    if (maxSim[best]! >= NEAR_DUPLICATE) continue;
    if (options.accept && !options.accept(best, chosen)) continue;
    chosen.push(best);
    for (const i of open) {
      const sim = dot(vectors[i]!, vectors[best]!);
      if (sim > maxSim[i]!) maxSim[i] = sim;
    }
  }
  return chosen.sort((a, b) => a - b);
}
