import type { Span } from '../types.js';
import type { Sentence } from './text-model.js';

/**
 * For each sentence, the items whose span overlaps it, in the items' own order. Sentences are
 * sorted and disjoint, so each item costs one binary search plus the sentences it covers, where
 * filtering every item for every sentence grows with their product.
 */
export function itemsBySentence<T extends { span: Span }>(
  sentences: readonly Sentence[],
  items: readonly T[],
): T[][] {
  const out = sentences.map((): T[] => []);
  for (const item of items) {
    const [start, end] = item.span;
    for (let s = firstEndingAfter(sentences, start); s < sentences.length; s++) {
      if (sentences[s]!.start >= end) break;
      out[s]!.push(item);
    }
  }
  return out;
}

/** The first sentence whose end lies after `offset`. */
function firstEndingAfter(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
