import type { TextDoc } from '../text/text-model.js';
import type { FramingNote, NoteKind, Span } from '../types.js';
import { findQuotedSpans } from './quoted-spans.js';

/** A note whose `text` is exactly the characters of its span. */
export function noteAt(
  doc: TextDoc,
  kind: NoteKind,
  span: Span,
  message: string,
  suggestion?: string,
  voice: FramingNote['voice'] = 'writer',
): FramingNote {
  const note: FramingNote = { kind, text: doc.text.slice(span[0], span[1]), span, message, voice };
  if (suggestion) note.suggestion = suggestion;
  return note;
}

/** For each token, whether it lies inside quotation marks (the words are the speaker's). */
export function tokensInsideQuotes(doc: TextDoc): boolean[] {
  return tokensInsideSpans(doc, findQuotedSpans(doc.text));
}

/** For each token, whether it lies inside one of `spans` (sorted, non-overlapping). */
export function tokensInsideSpans(doc: TextDoc, spans: readonly Span[]): boolean[] {
  let k = 0;
  return doc.tokens.map((token) => {
    while (k < spans.length && spans[k]![1] <= token.start) k++;
    const span = spans[k];
    return span !== undefined && token.start >= span[0] && token.end <= span[1];
  });
}

export function tokenSpan(doc: TextDoc, first: number, last: number): Span {
  return [doc.tokens[first]!.start, doc.tokens[last]!.end];
}
