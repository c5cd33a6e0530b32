/** Lower-case [a-z0-9]+ tokens, no stemming, no stop-word removal (the corpus README's setting). */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}

/** ROUGE-N (Lin 2004) with clipped n-gram counts: one candidate against one reference. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): Prf {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0);
  const candTotal = Math.max(0, candidate.length - n + 1);
  const refTotal = Math.max(0, reference.length - n + 1);
  const p = candTotal ? overlap / candTotal : 0;
  const r = refTotal ? overlap / refTotal : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Running mean of F scores, reported as percentages. */
export class MeanF {
  private sum = 0;
  private count = 0;
  add(f: number): void {
    this.sum += f;
    this.count++;
  }
  get value(): number {
    return this.count ? (100 * this.sum) / this.count : 0;
  }
}
