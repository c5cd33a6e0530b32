import type { TextDoc } from '../text/text-model.js';
import type { FramingNote, NoteKind, Span } from '../types.js';
import { findQuoteMarks } from './quoted-spans.js';

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
  return findQuoteMarks(doc).inside;
}

export function tokenSpan(doc: TextDoc, first: number, last: number): Span {
  return [doc.tokens[first]!.start, doc.tokens[last]!.end];
}
