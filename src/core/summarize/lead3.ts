import type { TextDoc } from '../text/text-model.js';
import type { DigestLine } from '../types.js';

/** The Lead-3 baseline: the article's first three sentences, verbatim, each with its one span. */
export function lead3Digest(doc: TextDoc, count = 3): DigestLine[] {
  return doc.sentences.slice(0, count).map((s) => ({ text: s.text, spans: [[s.start, s.end]] }));
}
