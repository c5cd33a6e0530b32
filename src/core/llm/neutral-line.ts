import { covers } from '../summarize/neutralised-sentences.js';
import { neutralizeSentence } from '../summarize/neutralize-sentence.js';
import { itemsBySentence } from '../text/by-sentence.js';
import { readText } from '../text/read-text.js';
import type { FramingNote } from '../types.js';

/** A model's line as the reader gets it, and the flagged words the neutraliser took out. */
export interface NeutralLine {
  text: string;
  neutralised: string[];
}

/**
 * The line with the words of `faults` (notes the guard would reject, spans into the line)
 * removed or replaced by the extractive digest's own neutraliser, one sentence at a time; the
 * sentences without a fault are kept exactly as the model wrote them.
 */
export function neutraliseLine(line: string, faults: readonly FramingNote[]): NeutralLine {
  if (faults.length === 0) return { text: line, neutralised: [] };
  const doc = readText(line);
  const faultsIn = itemsBySentence(doc.sentences, faults);
  const neutralised: string[] = [];
  let text = '';
  let copiedTo = 0;
  doc.sentences.forEach((sentence, index) => {
    const notes = faultsIn[index]!;
    if (notes.length === 0) return;
    const made = neutralizeSentence(doc, index, notes).line;
    text += line.slice(copiedTo, sentence.start) + made.text;
    copiedTo = sentence.end;
    for (const note of notes) if (!covers(made.spans, note.span)) neutralised.push(note.text);
  });
  return { text: text + line.slice(copiedTo), neutralised };
}
