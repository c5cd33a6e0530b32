import { noteAt, tokenSpan, tokensInsideQuotes } from '../attribution/notes.js';
import { OPINION_VERBS, REPORT_VERBS } from '../attribution/report-verbs.js';
import type { TextDoc, Token } from '../text/text-model.js';
import type { FramingNote } from '../types.js';
import { introducesStatement } from './lexical/sense.js';
import type { Quote } from './types.js';

// Heads of a claim put in the mouth of nobody in particular ("critics say", "some argue").
const VAGUE_HEADS = new Set(
  (
    'critics critic experts analysts observers commentators skeptics sceptics opponents ' +
    'detractors pundits insiders sources people some many others most few'
  ).split(' '),
);
// A set, not a regex: this is asked of every token outside quotes.
const VERB_OR_PREPOSITION = new Set(['VERB', 'AUX', 'ADP']);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'few', 'other', 'the', 'certain']);
const BRIDGES = /^(might|may|could|would|will|can|often|also|have|has|do|generally|widely)$/;
const PASSIVE_VERBS = /^(said|believed|argued|thought|claimed|suggested|alleged|feared|rumou?red)$/;
// After the vague phrase, a rebuttal by the writer: the critic is there to be knocked down.
const REBUTTAL =
  /\b(but|yet|however|ignore|ignores|overlook|overlooks|fail to|do well to|otherwise)\b/i;
const NAMED_EXAMPLE = /^(such|including|like|among)$/;
// What "those who …" must go on to do for the group to be a source of a claim: say or judge
// something. "people who had forgotten their passwords" are the people affected, not critics.
const STANCE_VERBS = new Set(
  'doubt question oppose reject dismiss deride complain criticize criticise object'.split(' '),
);

/**
 * Claims attributed to unnamed groups ("critics say", "some argue", "it is widely believed")
 * and straw critics the text then rebuts. `quotes` is unused today: any phrase inside quotation
 * marks is skipped because it is the speaker's wording, not the writer's.
 */
export function findVagueAttribution(
  doc: TextDoc,
  _quotes: readonly Quote[],
  inside: readonly boolean[] = tokensInsideQuotes(doc),
): FramingNote[] {
  const notes: FramingNote[] = [];
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (inside[i]) continue;
      const last = vagueGroupClaim(doc.tokens, i, sentence.endToken) ?? passiveClaim(doc.tokens, i);
      if (last === null || namesAnExample(doc.tokens, last + 1, sentence.endToken)) continue;
      const span = tokenSpan(doc, i, last);
      const rest = doc.text.slice(span[1], sentence.end);
      const straw = /\bwho\b/i.test(doc.text.slice(...span)) || REBUTTAL.test(rest);
      notes.push(noteFor(doc, span, straw));
      i = last;
    }
  }
  return notes;
}

function noteFor(doc: TextDoc, span: [number, number], straw: boolean): FramingNote {
  const message = straw
    ? 'Unnamed critics are raised only to be rebutted by the writer (a straw critic).'
    : 'The claim is attributed to an unnamed group; nobody is named or quoted.';
  return noteAt(doc, 'vague-attribution', span, message, 'Name who says this, or quote them.');
}

/** "Some critics might assert", "experts agree", "Those who consider", "The critics who question". */
function vagueGroupClaim(tokens: readonly Token[], at: number, end: number): number | null {
  // "designed to let people write": a group after a verb or preposition is not a subject.
  if (VERB_OR_PREPOSITION.has(tokens[at - 1]?.pos ?? '') && tokens[at - 1]!.normal !== 'that')
    return null;
  let k = at;
  if (QUANTIFIERS.has(tokens[k]!.normal) && k + 1 < end) {
    const adjective = tokens[k + 1]!.pos === 'ADJ' ? 1 : 0;
    if (VAGUE_HEADS.has(tokens[k + 1 + adjective]?.normal ?? '')) k += 1 + adjective;
  }
  const head = tokens[k]!.normal;
  if (tokens[k + 1]?.normal === 'who' && (head === 'those' || VAGUE_HEADS.has(head))) {
    return stanceVerbAfter(tokens, k + 2, end);
  }
  if (!VAGUE_HEADS.has(head) || (k === at && tokens[at]!.normal === 'the')) return null;
  // "some of the prisoners said" and "some people" as an object are not a group speaking.
  let v = k + 1;
  while (v < end && v - k <= 3 && BRIDGES.test(tokens[v]!.normal)) v++;
  const verb = tokens[v];
  if (verb?.pos !== 'VERB' || v >= end || !statesAClaim(tokens, k, v, end)) return null;
  return OPINION_VERBS.has(verb.lemma) || REPORT_VERBS.has(verb.lemma) ? v : null;
}

/**
 * The group speaks only when the verb is finite and goes on to a statement ("critics say the
 * plan will fail", "people feel that", "experts warn:"). "the most telling contradiction", "the
 * pain that people feel around their money" and "people say, …" in an advert are not claims.
 */
function statesAClaim(tokens: readonly Token[], head: number, v: number, end: number): boolean {
  if (v === head + 1 && tokens[v]!.normal.endsWith('ing')) return false;
  return tokens[v + 1]?.normal === ':' || introducesStatement(tokens, v, end);
}

/** "who question", "who have long argued": the verb (by lemma: wink may tag it a noun), or null. */
function stanceVerbAfter(tokens: readonly Token[], from: number, end: number): number | null {
  let v = from;
  while (v < end && v - from < 3 && /^(AUX|ADV|PART)$/.test(tokens[v]!.pos)) v++;
  const lemma = tokens[v]?.lemma ?? '';
  if (v >= end || !/^(VERB|NOUN|AUX)$/.test(tokens[v]!.pos)) return null;
  const stance = OPINION_VERBS.has(lemma) || REPORT_VERBS.has(lemma) || STANCE_VERBS.has(lemma);
  return stance ? v : null;
}

/** "It is widely believed that", "it has been suggested". */
function passiveClaim(tokens: readonly Token[], at: number): number | null {
  if (tokens[at]!.normal !== 'it') return null;
  let k = at + 1;
  while (
    k < at + 5 &&
    /^(is|was|has|had|been|widely|often|generally|long|commonly)$/.test(tokens[k]?.normal ?? '')
  )
    k++;
  if (k === at + 1 || !PASSIVE_VERBS.test(tokens[k]?.normal ?? '')) return null;
  // "It has claimed that" is a company or a person speaking, not the impersonal passive.
  if (!tokens.slice(at + 1, k).some((t) => /^(is|was|been)$/.test(t.normal))) return null;
  return tokens[k + 1]?.normal === 'that' ? k : null;
}

/** "critics such as Ann Lee", "experts including the IMF": somebody is named after all. */
function namesAnExample(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 3); k++) {
    if (NAMED_EXAMPLE.test(tokens[k]!.normal) && tokens[k + 1]?.pos !== 'PRON') return true;
  }
  return false;
}
