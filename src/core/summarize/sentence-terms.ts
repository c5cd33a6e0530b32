import type { TextDoc } from '../text/text-model.js';
import { hasLetterOrDigit } from '../text/word-tests.js';
import { ENGLISH_STOP_WORDS } from './language.js';

/** A sentence's content words as a term-frequency bag, plus its word count. */
export interface SentenceTerms {
  tf: Map<string, number>;
  words: number;
}

/** Content words: lower-cased lemmas of tokens with a letter or digit, minus stop words. */
export function sentenceTerms(doc: TextDoc): SentenceTerms[] {
  return doc.sentences.map((sentence) => {
    const tf = new Map<string, number>();
    let words = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (token.pos === 'PUNCT' || token.pos === 'SYM' || !hasLetterOrDigit(token.value)) continue;
      words++;
      if (ENGLISH_STOP_WORDS.has(token.normal)) continue;
      const term = (token.lemma ?? token.normal).toLowerCase();
      tf.set(term, (tf.get(term) ?? 0) + 1);
    }
    return { tf, words };
  });
}

/**
 * The document's terms numbered once: each sentence's bag as term ids, in the bag's order, so the
 * document-wide tallies below are arrays indexed by id rather than maps keyed by string.
 */
export interface NumberedTerms {
  ids: Int32Array[];
  /** How many distinct terms the document has. */
  size: number;
}

export function numberTerms(terms: readonly SentenceTerms[]): NumberedTerms {
  const idOf = new Map<string, number>();
  const ids = terms.map(({ tf }) => {
    const out = new Int32Array(tf.size);
    let k = 0;
    for (const term of tf.keys()) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(term, id);
      }
      out[k++] = id;
    }
    return out;
  });
  return { ids, size: idOf.size };
}

/** Inverse sentence frequency by term id: idf with sentences as the documents (Erkan & Radev 2004, LexRank). */
export function inverseSentenceFrequency({ ids, size }: NumberedTerms): Float64Array {
  const df = new Int32Array(size);
  for (const sentence of ids) for (const id of sentence) df[id]!++;
  const idf = new Float64Array(size);
  const n = ids.length;
  for (let id = 0; id < size; id++) idf[id] = Math.log(1 + n / df[id]!);
  return idf;
}

/** Each sentence's tf-idf vector scaled to unit length, so a dot product is the cosine. */
export function unitVectors(
  terms: readonly SentenceTerms[],
  { ids }: NumberedTerms,
  idf: Float64Array,
): Map<string, number>[] {
  return terms.map(({ tf }, index) => {
    const termIds = ids[index]!;
    const weights: number[] = [];
    let sum = 0;
    let k = 0;
    for (const count of tf.values()) {
      const w = count * idf[termIds[k++]!]!;
      weights.push(w);
      sum += w * w;
    }
    const norm = Math.sqrt(sum) || 1;
    // Built once with the final weights, in the bag's order (a dot product sums in that order).
    const vector = new Map<string, number>();
    k = 0;
    for (const term of tf.keys()) vector.set(term, weights[k++]! / norm);
    return vector;
  });
}

export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let sum = 0;
  for (const [term, w] of a) {
    const other = b.get(term);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/**
 * Sum of cosines to every other sentence = dot(v_i, sum of all v) - dot(v_i, v_i): linear time.
 * Each vector's entries are in its bag's order, the order of its term ids.
 */
export function degreeCentrality(
  vectors: readonly Map<string, number>[],
  { ids, size }: NumberedTerms,
) {
  const total = new Float64Array(size);
  vectors.forEach((v, index) => {
    const termIds = ids[index]!;
    let k = 0;
    for (const w of v.values()) total[termIds[k++]!]! += w;
  });
  return vectors.map((v, index) => {
    const termIds = ids[index]!;
    let sum = 0;
    let k = 0;
    for (const w of v.values()) sum += w * total[termIds[k++]!]!;
    return sum - dot(v, v);
  });
}

/** Mean document frequency of each sentence's content words (SumBasic). */
export function meanDocumentFrequency(
  terms: readonly SentenceTerms[],
  { ids, size }: NumberedTerms,
) {
  const docTf = new Float64Array(size);
  terms.forEach(({ tf }, index) => {
    const termIds = ids[index]!;
    let k = 0;
    for (const c of tf.values()) docTf[termIds[k++]!]! += c;
  });
  return terms.map(({ tf }, index) => {
    const termIds = ids[index]!;
    let sum = 0;
    let count = 0;
    let k = 0;
    for (const c of tf.values()) {
      sum += c * docTf[termIds[k++]!]!;
      count += c;
    }
    return count ? sum / count : 0;
  });
}
