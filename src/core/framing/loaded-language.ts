import { findQuotes } from '../attribution/find-quotes.js';
import { findSourceVoice, type SourceVoice, type Voice } from '../attribution/voice.js';
import type { TextDoc, Token } from '../text/text-model.js';
import type { FramingNote, Span } from '../types.js';
import { insideAny, isNegated, namesOwnWriting, normaliseSpans } from './lexical/context.js';
import { emitsMatter } from './lexical/literal-senses.js';
import { namesAReaction, namesATerm, plainRepute } from './lexical/plain-senses.js';
import { introducesStatement } from './lexical/sense.js';
import {
  type Lexicon,
  type LexiconEntry,
  type LexiconMatch,
  LOADED_CATEGORIES,
} from './lexicon.js';
import type { LoadedModel } from './model/loaded-model.js';
import { type ScoredWord, scoreWriterWords } from './model/model-terms.js';
import { matchSentences, type SentenceMatches } from './sentence-matches.js';

/** Terms below this weight are looked up (e.g. to confirm a frame) but never reported alone. */
export const DEFAULT_MIN_WEIGHT = 0.5;

const LOADED = new Set<string>(LOADED_CATEGORIES);

export interface LoadedTerm {
  entry: LexiconEntry;
  span: Span;
  negated: boolean;
  pos: string;
  /** "source" when the word is in the writer's account of what a source said. */
  voice: Voice;
  /** The scorer's probability, for words it reported that the reviewed lexicon does not hold. */
  learned?: number;
}

export interface LoadedOptions {
  /** The lowest entry weight reported. */
  minWeight?: number;
  /** Where the text is a source's; found from the text (quotes, reported speech) when absent. */
  voice?: SourceVoice;
  /** The word scorer; `lexicon.model` when absent, none when null. */
  model?: LoadedModel | null;
  /** Each sentence's lexicon matches (`matchSentences`); found from the text when absent. */
  matches?: SentenceMatches[];
}

/**
 * Lexicon terms outside verbatim quotes and posts, not part of a name. A term inside reported
 * speech is the source's and is marked so. A negated intensifier ("not very") is dropped; other
 * negated terms are kept and marked.
 */
export function findLoadedTerms(
  doc: TextDoc,
  lexicon: Lexicon,
  quoted: readonly Span[],
  options: LoadedOptions = {},
): LoadedTerm[] {
  const minWeight = options.minWeight ?? DEFAULT_MIN_WEIGHT;
  const voice = options.voice ?? findSourceVoice(doc, findQuotes(doc));
  const verbatim = normaliseSpans([...quoted, ...voice.verbatim]);
  const reported = normaliseSpans(voice.reported);
  const model = options.model === null ? undefined : (options.model ?? lexicon.model);
  const perSentence = options.matches ?? matchSentences(doc, lexicon);
  const found: LoadedTerm[] = [];
  for (const [index, sentence] of doc.sentences.entries()) {
    for (const m of perSentence[index]!.matches) {
      if (!LOADED.has(m.entry.category) || m.entry.weight < minWeight) continue;
      const first = doc.tokens[m.firstToken]!;
      const last = doc.tokens[m.endToken - 1]!;
      if (insideAny(verbatim, first.start, last.end)) continue;
      if (m.firstToken > sentence.firstToken && looksLikeName(first)) continue;
      const negated = isNegated(doc.tokens, m.firstToken, sentence.firstToken);
      if (negated && m.entry.category === 'intensifier') continue;
      if (namesATerm(doc.tokens, m, model) || doubtsNothing(doc.tokens, m, sentence.endToken))
        continue;
      if (plainRepute(doc.tokens, m) || namesAReaction(doc.tokens, m, sentence.firstToken))
        continue;
      if (emitsMatter(doc.tokens, m, sentence.firstToken)) continue;
      const ownPiece = m.entry.category === 'emotive-verb' && first.pos === 'NOUN';
      if (ownPiece && namesOwnWriting(doc.tokens, m.firstToken, sentence.firstToken)) continue;
      const span: Span = [first.start, last.end];
      const where = insideAny(reported, span[0], span[1]) ? 'source' : 'writer';
      found.push({ entry: m.entry, span, negated, pos: first.pos, voice: where });
    }
  }
  if (!model) return found;
  const notWriter = normaliseSpans([...verbatim, ...reported]);
  const learned = scoreWriterWords(doc, lexicon, notWriter, model, perSentence)
    .filter((w) => !w.match && w.probability >= model.threshold)
    .filter((w) => !(w.negated && doc.tokens[w.index]!.pos === 'ADV'))
    .map((w) => learnedTerm(doc, w));
  return [...found, ...learned].sort((a, b) => a.span[0] - b.span[0]);
}

/** A word the scorer reports outside the reviewed lexicon: no neutral word is known for it. */
function learnedTerm(doc: TextDoc, w: ScoredWord): LoadedTerm {
  const token = doc.tokens[w.index]!;
  const entry: LexiconEntry = {
    term: token.normal,
    category: 'label',
    weight: w.probability,
    neutral: 'rephrase in neutral terms, or attribute it',
    source: 'model',
  };
  return {
    entry,
    span: w.span,
    negated: w.negated,
    pos: token.pos,
    voice: 'writer',
    learned: w.probability,
  };
}

// Adverbs of appearance: inside a noun phrase they say how a thing looks, not that a claim is
// doubtful ("these seemingly misplaced receptors"); before a verb they still doubt it.
const APPEARANCE = new Set(['seemingly', 'apparently']);

function doubtsNothing(tokens: readonly Token[], m: LexiconMatch, end: number): boolean {
  const verb = tokens[m.firstToken]!;
  if (m.entry.category !== 'doubt') return false;
  if (APPEARANCE.has(verb.normal)) return describesAppearance(tokens, m.firstToken);
  if (verb.pos !== 'VERB') return false;
  return !introducesStatement(tokens, m.endToken - 1, end);
}

/** "these seemingly misplaced olfactory receptors": determiner, adverb, modifier, then a noun. */
function describesAppearance(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.pos !== 'DET') return false;
  let k = at + 1;
  while (tokens[k] && /^(ADJ|VERB|CCONJ)$/.test(tokens[k]!.pos) && k - at <= 4) k++;
  return k > at + 1 && tokens[k]?.pos === 'NOUN';
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
    if (last && last.voice === term.voice && adjacent(doc.text, last.span[1], term.span[0])) {
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
    term.learned === undefined
      ? messageFor(term.entry.category, term.pos, term.voice)
      : "Word Lede's learned scorer rates as loaded, in the writer's voice";
  return {
    kind: 'loaded-language',
    text: text.slice(term.span[0], term.span[1]),
    span: term.span,
    message: term.negated ? `${message} (negated)` : message,
    suggestion: term.entry.neutral,
    voice: term.voice,
  };
}

function messageFor(category: string, pos: string, voice: Voice): string {
  const whose =
    voice === 'writer' ? "in the writer's voice" : 'in what a source is reported to say';
  if (category === 'praise' || category === 'disparagement') {
    const word = pos === 'ADJ' ? 'adjective' : pos === 'ADV' ? 'adverb' : 'word';
    const kind = category === 'praise' ? 'Evaluative' : 'Disparaging';
    return `${kind} ${word} ${whose}`;
  }
  if (category === 'intensifier') return `Intensifier ${whose}`;
  if (category === 'emotive-verb') return `Emotive verb ${whose}`;
  if (category === 'label') return `Loaded label ${whose}`;
  return 'Word that casts doubt on what was said';
}
