const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The first sentences of a text, split by ICU's sentence rules (Intl.Segmenter), independent of
 * the engine's own splitter so that the yardstick does not move when the engine changes.
 */
export function leadSentences(text: string, count = 3): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    for (const { segment } of segmenter.segment(paragraph)) {
      const sentence = segment.trim();
      if (sentence) out.push(sentence);
      if (out.length === count) return out;
    }
  }
  return out;
}

export function sentencesOf(text: string): string[] {
  return leadSentences(text, Number.POSITIVE_INFINITY);
}
