import type { SimilarPair } from './tfidf.js';

export interface GroupAverageOptions {
  /** Minimum average pairwise similarity between two groups for them to merge. */
  threshold: number;
  /**
   * May groups `a` and `b` (item indices) become one? Must stay false once false as groups grow
   * (a time span only widens), because a refused pair is not asked again.
   */
  canMerge: (a: readonly number[], b: readonly number[]) => boolean;
}

interface Group {
  items: number[];
  /** Neighbour group id -> sum of item similarities across the two groups. */
  links: Map<number, number>;
  /** The neighbour with the highest mean similarity at or above the threshold, cached. */
  best: { id: number; score: number } | null;
}

/**
 * Group-average agglomerative clustering (the GAC of Yang, Pierce & Carbonell 1998, "A study on
 * retrospective and on-line event detection"): repeatedly merge the two groups with the highest
 * mean pairwise similarity while it stays at or above the threshold. Pairs absent from `pairs`
 * count as 0. Link sums make a merge cost the groups' neighbour counts, not their sizes, and each
 * group caches its best neighbour. A group's id is its lowest item index; ties go to the pair
 * with the lowest ids, so the result depends only on the order of the items.
 */
export function groupAverage(
  count: number,
  pairs: readonly SimilarPair[],
  options: GroupAverageOptions,
): number[][] {
  const groups = new Map<number, Group>();
  for (let i = 0; i < count; i++) groups.set(i, { items: [i], links: new Map(), best: null });
  for (const { a, b, similarity } of pairs) {
    groups.get(a)!.links.set(b, similarity);
    groups.get(b)!.links.set(a, similarity);
  }
  const blocked = new Set<string>();
  const score = (g: Group, id: number, sum: number) =>
    sum / (g.items.length * groups.get(id)!.items.length);
  const refresh = (id: number) => {
    const g = groups.get(id)!;
    g.best = null;
    for (const [other, sum] of g.links) {
      const s = score(g, other, sum);
      if (s < options.threshold || blocked.has(pairKey(id, other))) continue;
      if (!g.best || s > g.best.score || (s === g.best.score && other < g.best.id)) {
        g.best = { id: other, score: s };
      }
    }
  };
  for (const id of groups.keys()) refresh(id);
  for (;;) {
    const pair = bestPair(groups);
    if (!pair) break;
    const [x, y] = pair;
    if (!options.canMerge(groups.get(x)!.items, groups.get(y)!.items)) {
      blocked.add(pairKey(x, y));
      refresh(x);
      refresh(y);
      continue;
    }
    merge(groups, x, y);
    refresh(x);
    const gx = groups.get(x)!;
    for (const [z, sum] of gx.links) {
      const gz = groups.get(z)!;
      const s = score(gz, x, sum);
      if (gz.best?.id === x || gz.best?.id === y) refresh(z);
      else if (s >= options.threshold && !blocked.has(pairKey(x, z))) {
        if (!gz.best || s > gz.best.score || (s === gz.best.score && x < gz.best.id)) {
          gz.best = { id: x, score: s };
        }
      }
    }
  }
  return [...groups.values()].map((g) => g.items.sort((p, q) => p - q));
}

const pairKey = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);

/** The highest-scoring cached pair, as [lower id, higher id]; ties to the lowest ids. */
function bestPair(groups: Map<number, Group>): [number, number] | null {
  let best: [number, number] | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [id, g] of groups) {
    if (!g.best) continue;
    const pair: [number, number] = id < g.best.id ? [id, g.best.id] : [g.best.id, id];
    const better =
      g.best.score > bestScore ||
      (g.best.score === bestScore &&
        best !== null &&
        (pair[0] < best[0] || (pair[0] === best[0] && pair[1] < best[1])));
    if (better) {
      best = pair;
      bestScore = g.best.score;
    }
  }
  return best;
}

/** Folds group `y` into group `x` (x < y), summing the links of both. */
function merge(groups: Map<number, Group>, x: number, y: number): void {
  const gx = groups.get(x)!;
  const gy = groups.get(y)!;
  gx.items.push(...gy.items);
  gx.links.delete(y);
  for (const [z, sum] of gy.links) {
    if (z === x) continue;
    gx.links.set(z, (gx.links.get(z) ?? 0) + sum);
    const gz = groups.get(z)!;
    gz.links.set(x, (gz.links.get(x) ?? 0) + sum);
    gz.links.delete(y);
  }
  groups.delete(y);
}
