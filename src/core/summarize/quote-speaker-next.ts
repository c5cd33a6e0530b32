import { isAccordingTo, isReportVerb } from '../attribution/report-verbs.js';
import type { Sentence, TextDoc } from '../text/text-model.js';
import type { Span } from '../types.js';

/** Fewer quoted words than this are a scare quote or a coined term, not someone's statement. */
const MIN_QUOTED_WORDS = 5;

/**
 * A sentence built of someone's quoted words with no speaker in it ("The merger … will create a
 * “stronger” and “more viable” enterprise “with deep local roots and national scale.”") whose
 * speaker only the next sentence names ("That's the optimistic view mouthed by Michael Reed"):
 * as a line on its own it states their words as the digest's. A quote keeps its speaker.
 */
export function quoteSpokenNext(doc: TextDoc, index: number, quotations: readonly Span[]): boolean {
  const sentence = doc.sentences[index]!;
  const next = doc.sentences[index + 1];
  if (next === undefined || !/["“”«»‘’]/u.test(sentence.text)) return false;
  const within = quotations.filter(([from, to]) => from < sentence.end && to > sentence.start);
  if (within.length === 0) return false;
  const inQuote = (start: number, end: number) =>
    within.some(([from, to]) => from <= start && end <= to);
  let quotedWords = 0;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = doc.tokens[t]!;
    if (inQuote(token.start, token.end)) {
      if (/[\p{L}\p{N}]/u.test(token.value)) quotedWords++;
    } else if (isReportVerb(token) || isAccordingTo(doc.tokens, t)) return false;
  }
  return quotedWords >= MIN_QUOTED_WORDS && attributesLineBefore(doc, next);
}

/** "That's what X said", "So said X", "That's the view mouthed by X". */
const POINTS_BACK = /^(that|that['’]s|this|those|these|such|so)\b/iu;

/** "…, the chief executive said." closing a sentence with no words of its own in quotes. */
const SAID_AT_END = /,\s+[^,"“”]{2,60}\s(said|says|added|wrote)[.!]?$/u;

/** Whether `sentence` names who said the words of the sentence before it. */
function attributesLineBefore(doc: TextDoc, sentence: Sentence): boolean {
  const text = sentence.text.trim();
  if (SAID_AT_END.test(text) && !/["“”]/u.test(text)) return true;
  if (!POINTS_BACK.test(text)) return false;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = doc.tokens[t]!;
    if (isReportVerb(token) || isAccordingTo(doc.tokens, t)) return true;
    // "That's the optimistic view mouthed by Michael Reed": the agent of a verb outside the list.
    if (token.normal === 'by' && doc.tokens[t + 1]?.pos === 'PROPN') return true;
  }
  return false;
}
