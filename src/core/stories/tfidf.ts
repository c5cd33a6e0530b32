/** A sparse unit vector: parallel arrays of term ids and weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Unit-length tf-idf vectors over the batch (Salton & Buckley 1988, "Term-weighting approaches
 * in automatic text retrieval"): sublinear tf (1 + ln tf), so a long article's repeated words do
 * not drown its other terms, and smoothed idf ln((1 + N) / (1 + df)) + 1, so that a batch of
 * three articles still gives a shared term a positive weight. The dot product of two is their
 * cosine. Terms become integer ids in first-seen order.
 */
export function unitTfIdf(bags: readonly Map<string, number>[]): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const bag of bags) {
    for (const term of bag.keys()) {
      let id = ids.get(term);
      if (id === undefined) {
        id = df.length;
        ids.set(term, id);
        df.push(0);
      }
      df[id]!++;
    }
  }
  const n = bags.length;
  return bags.map((bag) => {
    const terms = new Int32Array(bag.size);
    const weights = new Float64Array(bag.size);
    let k = 0;
    let sum = 0;
    for (const [term, tf] of bag) {
      const id = ids.get(term)!;
      const weight = (1 + Math.log(tf)) * (Math.log((1 + n) / (1 + df[id]!)) + 1);
      terms[k] = id;
      weights[k++] = weight;
      sum += weight * weight;
    }
    const norm = Math.sqrt(sum) || 1;
    for (let i = 0; i < k; i++) weights[i]! /= norm;
    return { terms, weights };
  });
}

export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Every pair (a < b) whose cosine is at least `floor` and that `allowed` admits. Dot products
 * accumulate through an inverted index that grows as documents are visited, so each shared term
 * costs one addition per earlier document holding it, and articles that share no term are never
 * compared.
 */
export function similarPairs(
  vectors: readonly SparseVector[],
  floor: number,
  allowed: (a: number, b: number) => boolean,
): SimilarPair[] {
  // Postings in one flat array per field (compressed sparse rows): term t's documents sit at
  // start[t] .. start[t] + filled[t], in document order.
  let terms = 0;
  for (const v of vectors) for (const t of v.terms) terms = Math.max(terms, t + 1);
  const start = new Int32Array(terms + 1);
  for (const v of vectors) for (const t of v.terms) start[t + 1]!++;
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const postingDocs = new Int32Array(start[terms]!);
  const postingWeights = new Float64Array(start[terms]!);
  const filled = new Int32Array(terms);
  const scores = new Float64Array(vectors.length);
  const pairs: SimilarPair[] = [];
  for (let b = 0; b < vectors.length; b++) {
    const { terms: ids, weights } = vectors[b]!;
    const touched: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k]!;
      const w = weights[k]!;
      const from = start[t]!;
      const to = from + filled[t]!;
      for (let p = from; p < to; p++) {
        const a = postingDocs[p]!;
        if (scores[a] === 0) touched.push(a);
        scores[a]! += w * postingWeights[p]!;
      }
      postingDocs[to] = b;
      postingWeights[to] = w;
      filled[t]!++;
    }
    touched.sort((x, y) => x - y);
    for (const a of touched) {
      const similarity = scores[a]!;
      scores[a] = 0;
      if (similarity >= floor && allowed(a, b)) pairs.push({ a, b, similarity });
    }
  }
  return pairs;
}
