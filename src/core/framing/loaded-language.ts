import type { TextDoc, Token } from '../text/text-model.js';
import type { FramingNote, Span } from '../types.js';
import { insideAny, isNegated, normaliseSpans } from './lexical/context.js';
import { type Lexicon, type LexiconEntry, matchLexicon } from './lexicon.js';
import type { LoadedModel } from './model/loaded-model.js';
import { findModelTerms } from './model/model-terms.js';

/** Terms below this weight are looked up (e.g. to confirm a frame) but never reported alone. */
export const DEFAULT_MIN_WEIGHT = 0.5;

const LOADED = new Set([
  'praise',
  'disparagement',
  'intensifier',
  'emotive-verb',
  'label',
  'doubt',
]);

export interface LoadedTerm {
  entry: LexiconEntry;
  span: Span;
  negated: boolean;
  pos: string;
  /** Set when the learned scorer reported a word the reviewed lexicon does not hold. */
  learned?: boolean;
}

export interface LoadedOptions {
  /** Lexicon-only path: the lowest entry weight reported. Ignored when a model is given. */
  minWeight?: number;
  /** The learned word scorer; when given, it decides which words are reported. */
  model?: LoadedModel;
}

/**
 * Lexicon terms used in the writer's own voice: outside direct quotes, not part of a name.
 * A negated intensifier ("not very") is dropped; other negated terms are kept and marked.
 * With a model, the words it scores at or above its threshold, under the same rules.
 */
export function findLoadedTerms(
  doc: TextDoc,
  lexicon: Lexicon,
  quoted: readonly Span[],
  options: LoadedOptions = {},
): LoadedTerm[] {
  if (options.model) {
    return findModelTerms(doc, lexicon, quoted, options.model).map((t) => ({
      entry: t.entry,
      span: t.span,
      negated: t.negated,
      pos: t.pos,
      learned: t.learned,
    }));
  }
  const minWeight = options.minWeight ?? DEFAULT_MIN_WEIGHT;
  const quotes = normaliseSpans(quoted);
  const found: LoadedTerm[] = [];
  for (const sentence of doc.sentences) {
    const matches = matchLexicon(lexicon, doc.tokens, sentence.firstToken, sentence.endToken);
    for (const m of matches) {
      if (!LOADED.has(m.entry.category) || m.entry.weight < minWeight) continue;
      const first = doc.tokens[m.firstToken]!;
      const last = doc.tokens[m.endToken - 1]!;
      if (insideAny(quotes, first.start, last.end)) continue;
      if (m.firstToken > sentence.firstToken && looksLikeName(first)) continue;
      const negated = isNegated(doc.tokens, m.firstToken, sentence.firstToken);
      if (negated && m.entry.category === 'intensifier') continue;
      found.push({ entry: m.entry, span: [first.start, last.end], negated, pos: first.pos });
    }
  }
  return found;
}

/** "Justice Department", "Grand Rapids": capitalised inside a sentence means part of a name. */
function looksLikeName(token: Token): boolean {
  return token.pos === 'PROPN' || /^\p{Lu}/u.test(token.value);
}

/** Loaded-language notes, one per term, with adjacent terms ("grand, marble-clad") merged. */
export function findLoadedLanguage(
  doc: TextDoc,
  lexicon: Lexicon,
  quoted: readonly Span[],
  options: LoadedOptions = {},
): FramingNote[] {
  const terms = findLoadedTerms(doc, lexicon, quoted, options);
  const notes: FramingNote[] = [];
  for (const term of terms) {
    const last = notes[notes.length - 1];
    if (last && adjacent(doc.text, last.span[1], term.span[0])) {
      last.span = [last.span[0], term.span[1]];
      last.text = doc.text.slice(last.span[0], last.span[1]);
      last.suggestion = mergeSuggestions(last.suggestion, term.entry.neutral);
    } else {
      notes.push(toNote(doc.text, term));
    }
  }
  return notes;
}

function adjacent(text: string, end: number, start: number): boolean {
  return /^[\s,]*$/.test(text.slice(end, start)) && start - end <= 3;
}

function mergeSuggestions(a: string | undefined, b: string): string {
  if (a === undefined || a === 'omit') return b === 'omit' ? 'omit' : b;
  return b === 'omit' ? a : `${a}, ${b}`;
}

function toNote(text: string, term: LoadedTerm): FramingNote {
  const message =
    term.learned && term.entry.category === 'label'
      ? "Word readers often mark as loaded, in the writer's voice"
      : messageFor(term.entry.category, term.pos);
  return {
    kind: 'loaded-language',
    text: text.slice(term.span[0], term.span[1]),
    span: term.span,
    message: term.negated ? `${message} (negated)` : message,
    suggestion: term.entry.neutral,
  };
}

function messageFor(category: string, pos: string): string {
  const voice = "in the writer's voice";
  if (category === 'praise' || category === 'disparagement') {
    const word = pos === 'ADJ' ? 'adjective' : pos === 'ADV' ? 'adverb' : 'word';
    const kind = category === 'praise' ? 'Evaluative' : 'Disparaging';
    return `${kind} ${word} ${voice}`;
  }
  if (category === 'intensifier') return `Intensifier ${voice}`;
  if (category === 'emotive-verb') return `Emotive verb ${voice}`;
  if (category === 'label') return `Loaded label ${voice}`;
  return 'Word that casts doubt on what was said';
}
