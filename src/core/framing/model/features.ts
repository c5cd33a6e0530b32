import type { Sentence, TextDoc, Token } from '../../text/text-model.js';
import type { Span } from '../../types.js';
import { insideAny, isNegated, normaliseSpans } from '../lexical/context.js';
import { type Lexicon, type LexiconCategory, type LexiconMatch, matchLexicon } from '../lexicon.js';

/**
 * Parts of speech the scorer looks at. Annotators do mark the odd function word inside a phrase
 * ("the radical left"), but flagging "the" on its own would only cost precision.
 */
export const CANDIDATE_POS = new Set(['ADJ', 'ADV', 'VERB', 'NOUN', 'PROPN', 'INTJ']);

/** Word → the names of the public word lists it appears in (Hu & Liu, Recasens, hedges, ...). */
export type WordLists = ReadonlyMap<string, readonly string[]>;

/** One token the scorer may flag, with what the lexicon says about it. */
export interface Candidate {
  index: number;
  sentence: Sentence;
  /** The lexicon match covering the token, if any (its span may cover several tokens). */
  match: LexiconMatch | null;
  negated: boolean;
}

/** Lexicon categories that belong to other notes (opinion-as-fact), never to loaded language. */
const OTHER_NOTES = new Set<LexiconCategory>(['assertion', 'frame']);

/**
 * Tokens worth scoring: content words outside direct quotes, in sentence order, each with the
 * lexicon match that covers it. Quoted words are someone else's voice and are never candidates;
 * neither are names, negated intensifiers, or another note's cues (see `isReportable`).
 */
export function findCandidates(
  doc: TextDoc,
  lexicon: Lexicon,
  quoted: readonly Span[],
): Candidate[] {
  const quotes = normaliseSpans(quoted);
  const out: Candidate[] = [];
  for (const sentence of doc.sentences) {
    const matches = matchLexicon(lexicon, doc.tokens, sentence.firstToken, sentence.endToken);
    let m = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      while (m < matches.length && matches[m]!.endToken <= i) m++;
      const match = matches[m] && matches[m]!.firstToken <= i ? matches[m]! : null;
      if (!match && !CANDIDATE_POS.has(token.pos)) continue;
      if (!/\p{L}/u.test(token.value)) continue;
      if (quotes.length > 0 && insideAny(quotes, token.start, token.end)) continue;
      const c = {
        index: i,
        sentence,
        match,
        negated: isNegated(doc.tokens, i, sentence.firstToken),
      };
      if (isReportable(doc.tokens, c)) out.push(c);
    }
  }
  return out;
}

/**
 * Rules that hold whatever the score: a capitalised word inside a sentence is part of a name,
 * a negated intensifier ("not very") says nothing, and assertion/frame cues are another note's.
 */
export function isReportable(tokens: readonly Token[], c: Candidate): boolean {
  const first = c.match ? c.match.firstToken : c.index;
  const head = tokens[first]!;
  if (first > c.sentence.firstToken && (head.pos === 'PROPN' || /^\p{Lu}/u.test(head.value)))
    return false;
  if (!c.match) return true;
  if (OTHER_NOTES.has(c.match.entry.category)) return false;
  return !(c.negated && c.match.entry.category === 'intensifier');
}

/** The characters a flag covers: the whole lexicon phrase when the word is part of one. */
export function flagSpan(tokens: readonly Token[], c: Candidate): Span {
  if (!c.match) return [tokens[c.index]!.start, tokens[c.index]!.end];
  return [tokens[c.match.firstToken]!.start, tokens[c.match.endToken - 1]!.end];
}

/** Features that depend only on the word and its tag: the same for every occurrence. */
export function wordFeatures(token: Token, lists: WordLists, emit: (feature: string) => void) {
  const { normal, lemma, pos } = token;
  emit(`w:${normal}`);
  if (lemma !== normal) emit(`l:${lemma}`);
  emit(`p:${pos}`);
  if (normal.length > 4) emit(`s:${normal.slice(-3)}&${pos}`);
  const named = lists.get(normal) ?? (lemma !== normal ? lists.get(lemma) : undefined);
  if (named) {
    for (const list of named) {
      emit(`L:${list}`);
      emit(`L:${list}&${pos}`);
    }
  }
}

const LETTER_UPPER = /^\p{Lu}/u;

/** Features of the token's place in the sentence: the lexicon match, neighbours, capitals. */
export function contextFeatures(
  tokens: readonly Token[],
  c: Candidate,
  lists: WordLists,
  emit: (feature: string) => void,
) {
  const token = tokens[c.index]!;
  const first = c.index === c.sentence.firstToken;
  if (c.match) {
    const { category, weight } = c.match.entry;
    emit(`lex:${category}`);
    emit(`lexw:${Math.round(weight * 5) / 5}`);
    if (c.match.endToken - c.match.firstToken > 1) emit('lex:phrase');
  } else emit('lex:none');
  if (c.negated) emit('neg');
  if (first) emit('first');
  else if (LETTER_UPPER.test(token.value)) emit('cap');
  const prev = c.index > c.sentence.firstToken ? tokens[c.index - 1]! : null;
  const next = c.index + 1 < c.sentence.endToken ? tokens[c.index + 1]! : null;
  emit(`pp:${prev?.pos ?? '^'}&${token.pos}`);
  emit(`np:${token.pos}&${next?.pos ?? '$'}`);
  if (prev) {
    emit(`pw:${prev.normal}`);
    if (prev.normal === "'" || prev.normal === '‘') emit('scare');
    for (const list of lists.get(prev.normal) ?? []) emit(`pL:${list}`);
  }
  if (next) emit(`nw:${next.normal}`);
}
