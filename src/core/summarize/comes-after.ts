import type { Sentence, TextDoc, Token } from '../text/text-model.js';

/** "This comes after …", "It came as …", "The move comes just days after …". */
const POINTERS = new Set(['this', 'it', 'that']);
const CONJUNCTIONS = new Set(['after', 'as']);
/** Nouns that stand for something the story told before ("The move", "The announcement"). */
const TOLD_BEFORE = new Set(
  'move decision announcement news development statement step comments remarks warning update'.split(
    ' ',
  ),
);
/** Words a frame may put between "comes" and "after": "just days", "a week", "only hours". */
const TIME_WORDS =
  /^(just|only|shortly|soon|a|an|one|two|three|few|several|days?|weeks?|months?|hours?|years?)$/;
/** Tokens a short subject is made of ("police", "the president", "Hong Kong's leader"). */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/**
 * One past a frame that ties a sentence's news to one before it ("This comes after police
 * said …"), or `from` when there is none. Express and wire copy open on it, so the first
 * paragraph's facts sit behind a pointer the digest's reader cannot follow; the clause after it
 * is the writer's own statement of an event, and stands alone once the frame is left out. A
 * frame before a noun phrase ("This comes after the death of a student") is kept: without it the
 * rest is not a sentence.
 */
export function comesAfterEnd(doc: TextDoc, sentence: Sentence, from: number): number {
  const { tokens } = doc;
  let at = from;
  if (POINTERS.has(tokens[at]?.normal ?? '')) at += 1;
  else if (tokens[at]?.normal === 'the' && TOLD_BEFORE.has(tokens[at + 1]?.normal ?? '')) at += 2;
  else return from;
  if (tokens[at]?.lemma !== 'come') return from;
  at += 1;
  const limit = Math.min(sentence.endToken, at + 3);
  while (at < limit && TIME_WORDS.test(tokens[at]!.normal)) at += 1;
  if (!CONJUNCTIONS.has(tokens[at]?.normal ?? '')) return from;
  return opensClause(tokens, at + 1, sentence.endToken) ? at + 1 : from;
}

/** Whether the words from `start` are a clause: a short subject, then its verb. */
function opensClause(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (token.pos === 'VERB' || token.pos === 'AUX') return i > start;
    if (!SUBJECT_POS.has(token.pos) || /^(that|which|who)$/.test(token.normal)) return false;
  }
  return false;
}
