import { covers } from '../summarize/neutralised-sentences.js';
import { neutralizeSentence, replacementFor } from '../summarize/neutralize-sentence.js';
import { itemsBySentence } from '../text/by-sentence.js';
import { readText } from '../text/read-text.js';
import type { TextDoc } from '../text/text-model.js';
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
  const faultsIn = itemsBySentence(
    doc.sentences,
    faults.map((fault) => keepingInflection(doc, fault)),
  );
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

/**
 * The note with its neutral word in the flagged word's form ("claimed" takes "said", not "say";
 * "disasters" takes "failures"), or without it when that form is not known: the neutraliser
 * may still drop the word, and what it cannot drop stays for the guard to reject.
 */
function keepingInflection(doc: TextDoc, note: FramingNote): FramingNote {
  const replacement = replacementFor(note);
  const head = doc.tokens.findLast((t) => t.start < note.span[1] && t.end > note.span[0]);
  if (replacement === null || !head) return note;
  const verb = head.pos === 'VERB' || head.pos === 'AUX';
  if (!verb && head.pos !== 'NOUN') return note;
  const words = replacement.split(/\s+/);
  const inflected = inflect(words.at(-1)!, formOf(head.normal, verb));
  if (inflected === null) return { ...note, suggestion: undefined };
  return { ...note, suggestion: [...words.slice(0, -1), inflected].join(' ') };
}

type Form = 'past' | 'third' | 'ing' | 'base';

/** The form of a flagged word: only verbs have a past and an -ing form; nouns a plural (third). */
function formOf(word: string, verb: boolean): Form {
  if (verb && /ing$/.test(word)) return 'ing';
  if (verb && (/ed$/.test(word) || IRREGULAR_PASTS.has(word))) return 'past';
  return /[^s]s$/.test(word) ? 'third' : 'base';
}

const IRREGULAR_PAST: Record<string, string> = { say: 'said', show: 'showed', tell: 'told' };
const IRREGULAR_PASTS = new Set(Object.values(IRREGULAR_PAST));

/** A base-form replacement put in `form`; one already inflected stays when its form agrees. */
function inflect(word: string, form: Form): string | null {
  const own = formOf(word, true);
  if (own === form) return word;
  if (own !== 'base') return null;
  if (form === 'past') return IRREGULAR_PAST[word] ?? word.replace(/e?$/, 'ed');
  if (form === 'ing') return `${word.replace(/([^e])e$/, '$1')}ing`;
  if (form === 'third') return /(s|sh|ch|x|z)$/.test(word) ? `${word}es` : `${word}s`;
  return word;
}
