import type { FramingNote, NoteKind } from '../../../src/core/types.js';

/** A hand-made note on the first occurrence of `phrase` in `text`. */
export function noteOn(
  text: string,
  phrase: string,
  suggestion = 'omit',
  kind: NoteKind = 'loaded-language',
): FramingNote {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { kind, text: phrase, span: [start, start + phrase.length], message: 'test', suggestion };
}
