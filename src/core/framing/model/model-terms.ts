import type { TextDoc, Token } from '../../text/text-model.js';
import { startsUpperCase, tokensWithLetters } from '../../text/word-tests.js';
import type { Span } from '../../types.js';
import { insideAny, isNegated } from '../lexical/context.js';
import { inSense } from '../lexical/sense.js';
import type { Lexicon, LexiconMatch } from '../lexicon.js';
import { matchSentences, type SentenceMatches } from '../sentence-matches.js';
import { CANDIDATE_POS, type Candidate, contextTokens } from './features.js';
import { type LoadedModel, scoreCandidate, vectorsOf } from './loaded-model.js';

export interface ScoredWord {
  index: number;
  span: Span;
  probability: number;
  match: LexiconMatch | null;
  negated: boolean;
}

// Lexicon cues of the other notes (opinion-as-fact) are never loaded-language candidates.
const OTHER_NOTES = new Set(['assertion', 'frame']);

/**
 * The words of `doc` in the writer's own voice that the scorer may report. Left out: words inside
 * `notWriter` (normalised quote and reported-speech spans), names, words of a reviewed
 * expression, a lexicon spelling used in a sense it is not loaded in, other notes' cues.
 */
export function writerCandidates(
  doc: TextDoc,
  lexicon: Lexicon,
  notWriter: readonly Span[],
  perSentence: readonly SentenceMatches[] = matchSentences(doc, lexicon),
  lettered: readonly boolean[] = tokensWithLetters(doc.tokens),
): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (const [index, sentence] of doc.sentences.entries()) {
    const from = sentence.firstToken;
    const { matches, fixed } = perSentence[index]!;
    let m = 0;
    for (let i = from; i < sentence.endToken; i++) {
      const token = tokens[i]!;
      while (m < matches.length && matches[m]!.endToken <= i) m++;
      const match = matches[m] && matches[m]!.firstToken <= i ? matches[m]! : null;
      if (!CANDIDATE_POS.has(token.pos) || fixed[i - from] || !lettered[i]) continue;
      if (match && OTHER_NOTES.has(match.entry.category)) continue;
      if (i > from && startsUpperCase(token.value)) continue;
      if (insideAny(notWriter, token.start, token.end) || outOfSense(lexicon, tokens, i, from))
        continue;
      out.push({ index: i, sentence, match, negated: isNegated(tokens, i, from) });
    }
  }
  return out;
}

/** Every writer-voice candidate of `doc` with the scorer's probability, in text order. */
export function scoreWriterWords(
  doc: TextDoc,
  lexicon: Lexicon,
  notWriter: readonly Span[],
  model: LoadedModel,
  perSentence: readonly SentenceMatches[] = matchSentences(doc, lexicon),
): ScoredWord[] {
  const scratch = new Float32Array(model.extra.length);
  const lettered = tokensWithLetters(doc.tokens);
  const candidates = writerCandidates(doc, lexicon, notWriter, perSentence, lettered);
  const vectors = vectorsOf(model, doc.tokens, wordsRead(doc.tokens, candidates, lettered));
  return candidates.map((c) => {
    const token = doc.tokens[c.index]!;
    const probability = scoreCandidate(model, doc.tokens, c, scratch, vectors, lettered);
    return {
      index: c.index,
      span: [token.start, token.end],
      probability,
      match: c.match,
      negated: c.negated,
    };
  });
}

/**
 * The tokens whose vectors the scorer reads: each candidate and its context words. The others
 * (quoted words, names, words far from any candidate) are never looked up in the vocabulary.
 */
function wordsRead(
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  lettered: readonly boolean[],
): boolean[] {
  const read = new Array<boolean>(tokens.length).fill(false);
  for (const c of candidates) {
    read[c.index] = true;
    for (const k of contextTokens(tokens, c.index, c.sentence, lettered)) read[k] = true;
  }
  return read;
}

/** "woke" in "she woke up": the lexicon holds the spelling, restricted to another sense. */
function outOfSense(lexicon: Lexicon, tokens: readonly Token[], i: number, from: number): boolean {
  const terms = lexicon.byFirst.get(tokens[i]!.normal);
  if (terms === undefined) return false;
  for (const t of terms)
    if (t.words.length === 1 && !inSense(t.entry.pos, tokens, i, from)) return true;
  return false;
}
