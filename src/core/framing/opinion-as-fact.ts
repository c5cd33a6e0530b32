import type { Sentence, TextDoc, Token } from '../text/text-model.js';
import type { FramingNote, Span } from '../types.js';
import { insideAny, isHedged, normaliseSpans } from './lexical/context.js';
import type { Lexicon, LexiconMatch } from './lexicon.js';
import { DEFAULT_MIN_WEIGHT } from './loaded-language.js';
import { matchSentences, type SentenceMatches } from './sentence-matches.js';

const EVALUATIVE = new Set(['praise', 'disparagement', 'intensifier', 'assertion']);
// Words a frame's noun phrase may run through: "the undeniable success", "his tireless work".
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PRON']);
const POSSESSIVE = new Set(["'s", '’s']);
const MAX_PHRASE = 6;

/**
 * The writer's evaluations asserted as settled fact: "No one can deny", "has proven once again",
 * "undeniable". A frame ("a testament to", "evidence of") counts only when the phrase it
 * introduces is itself evaluative, and the note then covers that phrase. A hedge right before
 * the cue ("arguably a testament to") makes it a stated opinion, which is not flagged here.
 */
export function findOpinionAsFact(
  doc: TextDoc,
  lexicon: Lexicon,
  quoted: readonly Span[],
  options: { minWeight?: number; matches?: readonly SentenceMatches[] } = {},
): FramingNote[] {
  const minWeight = options.minWeight ?? DEFAULT_MIN_WEIGHT;
  const quotes = normaliseSpans(quoted);
  const perSentence = options.matches ?? matchSentences(doc, lexicon);
  const notes: FramingNote[] = [];
  for (const [sentenceIndex, sentence] of doc.sentences.entries()) {
    const { matches } = perSentence[sentenceIndex]!;
    for (const [index, m] of matches.entries()) {
      if (m.entry.weight < minWeight) continue;
      const end = noteEnd(doc.tokens, sentence, m, matches.slice(index + 1));
      if (end === null) continue;
      const span: Span = [doc.tokens[m.firstToken]!.start, doc.tokens[end - 1]!.end];
      if (insideAny(quotes, span[0], span[1])) continue;
      if (isHedged(doc.tokens, m.firstToken, sentence.firstToken)) continue;
      if (notes.length > 0 && notes[notes.length - 1]!.span[1] >= span[0]) continue;
      notes.push({
        kind: 'opinion-as-fact',
        text: doc.text.slice(span[0], span[1]),
        span,
        message: m.entry.category === 'frame' ? FRAME_MESSAGE : ASSERTION_MESSAGE,
        suggestion: m.entry.neutral,
        voice: 'writer',
      });
    }
  }
  return notes;
}

const ASSERTION_MESSAGE = "The writer's evaluation stated as settled fact";
const FRAME_MESSAGE = "The writer's evaluation presented as established evidence";

/** One past the note's last token, or null when the match is not an opinion-as-fact cue. */
function noteEnd(
  tokens: readonly Token[],
  sentence: Sentence,
  m: LexiconMatch,
  later: readonly LexiconMatch[],
): number | null {
  if (m.entry.category === 'assertion') return describesManner(tokens, m) ? null : m.endToken;
  if (m.entry.category !== 'frame' || reportsAFinding(tokens, m.firstToken)) return null;
  const limit = Math.min(sentence.endToken, m.endToken + MAX_PHRASE);
  let end = m.endToken;
  while (end < limit && inPhrase(tokens[end]!)) end++;
  const evaluative = later.find((x) => x.firstToken < end && EVALUATIVE.has(x.entry.category));
  return evaluative ? end : null;
}

// Participles "clearly" describes the manner of: how a thing is marked or set out, not a verdict.
const SHOWN = new Set(
  'label mark define signpost print display write explain set lay state indicate'.split(' '),
);

/** "areas clearly labeled", "rules clearly set out": a manner adverb, not a verdict. */
function describesManner(tokens: readonly Token[], m: LexiconMatch): boolean {
  const next = tokens[m.endToken];
  if (!next || m.endToken - m.firstToken !== 1 || !tokens[m.firstToken]!.normal.endsWith('ly'))
    return false;
  return SHOWN.has(next.lemma) && next.normal !== next.lemma && /(ed|en|t)$/.test(next.normal);
}

// Verbs by which research or an inquiry is reported to have turned something up.
const FINDING = new Set(
  'find uncover unearth gather produce yield turn reveal show detect'.split(' '),
);

/** "a 2018 analysis found (new) evidence of …": a finding reported, not the writer's framing. */
function reportsAFinding(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && k >= at - 3 && /^(DET|ADJ)$/.test(tokens[k]!.pos)) k--;
  const verb = tokens[k];
  return verb !== undefined && verb.pos === 'VERB' && FINDING.has(verb.lemma);
}

function inPhrase(token: Token): boolean {
  return PHRASE_POS.has(token.pos) || POSSESSIVE.has(token.normal);
}
