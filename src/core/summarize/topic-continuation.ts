import type { TextDoc } from '../text/text-model.js';
import type { Ranking } from './rank-sentences.js';

const CONTINUING = new Set(['he', 'she', 'they', 'his', 'her', 'their']);

/**
 * A sentence that opens on a pronoun is about the same person as the sentence before ("Keith
 * Kellogg headed the operation. He met Lukashenko"), so its line, once the pronoun is replaced by
 * the name, shares that sentence's subject. Its vector takes in half of the one before, so that
 * MMR sees the two lines as overlapping and does not spend two lines on one person's background.
 */
export function carryPronounTopics(doc: TextDoc, ranking: Ranking): void {
  const { vectors } = ranking;
  for (let i = vectors.length - 1; i > 0; i--) {
    const first = doc.tokens[doc.sentences[i]!.firstToken];
    if (!first || !CONTINUING.has(first.normal)) continue;
    const mixed = new Map(vectors[i]!);
    for (const [term, w] of vectors[i - 1]!) mixed.set(term, (mixed.get(term) ?? 0) + w / 2);
    let sum = 0;
    for (const w of mixed.values()) sum += w * w;
    const norm = Math.sqrt(sum) || 1;
    for (const [term, w] of mixed) mixed.set(term, w / norm);
    vectors[i] = mixed;
  }
}
