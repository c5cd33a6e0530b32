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

/** Inverse sentence frequency: idf with sentences as the documents (Erkan & Radev 2004, LexRank). */
export function inverseSentenceFrequency(terms: readonly SentenceTerms[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const { tf } of terms) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = terms.length;
  for (const [term, count] of df) idf.set(term, Math.log(1 + n / count));
  return idf;
}

/** Each sentence's tf-idf vector scaled to unit length, so a dot product is the cosine. */
export function unitVectors(
  terms: readonly SentenceTerms[],
  idf: ReadonlyMap<string, number>,
): Map<string, number>[] {
  return terms.map(({ tf }) => {
    const weights: number[] = [];
    let sum = 0;
    for (const [term, count] of tf) {
      const w = count * idf.get(term)!;
      weights.push(w);
      sum += w * w;
    }
    const norm = Math.sqrt(sum) || 1;
    // Built once with the final weights, in the bag's order (a dot product sums in that order).
    const vector = new Map<string, number>();
    let k = 0;
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
