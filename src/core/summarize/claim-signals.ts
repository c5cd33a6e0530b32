import type { TextDoc, Token } from '../text/text-model.js';
import { isVerb } from '../text/word-tests.js';

/**
 * Modals and hedges by which a writer predicts, prescribes or weighs ("is likely to deploy",
 * "should be one of the first steps", "might be better off"). "can", "could" and "would" are
 * left out: they describe what a thing does or did ("The Switch Lite can play …", "would
 * struggle to keep a charge") as often as they argue.
 */
const ARGUING_MODALS = new Set(['will', "'ll", 'wo', 'should', 'must', 'ought', 'might']);
const HEDGES = new Set(
  'likely perhaps arguably surely clearly seemingly apparently undeniably seem seems'.split(' '),
);
/** A modal right after these is a relative clause's: "a stockpot that will hold ten jars". */
const RELATIVES = new Set(['that', 'which', 'who']);

/** Whether the sentence predicts, prescribes or hedges in the writer's voice. */
export function predictsOrPrescribes(doc: TextDoc, index: number): boolean {
  const { firstToken, endToken } = doc.sentences[index]!;
  // "Jam will set within 24-48 hours": a modal beside a figure tells what a thing does.
  const figure = doc.tokens.slice(firstToken, endToken).some((t) => t.pos === 'NUM');
  for (let i = firstToken; i < endToken; i++) {
    const t = doc.tokens[i]!;
    if (HEDGES.has(t.normal)) return true;
    if (figure || !ARGUING_MODALS.has(t.normal) || !isVerb(t)) continue;
    if (!RELATIVES.has(doc.tokens[i - 1]?.normal ?? '') && !passive(doc.tokens, i)) return true;
  }
  return false;
}

/**
 * "A cross-connection must be used", "they will be called directly": a modal passive states a
 * procedure or a plan, what is to be done to a thing, rather than what the writer holds.
 */
function passive(tokens: readonly Token[], modal: number): boolean {
  let k = modal + 1;
  if (tokens[k]?.normal === 'not') k++;
  const participle = tokens[k + 1];
  return (
    tokens[k]?.normal === 'be' && isVerb(participle) && participle!.normal !== participle!.lemma
  );
}

/**
 * Sentences that never argue, whatever their words: an instruction in the negative ("Don't get
 * snippy when …") and a condition worked through ("If the 12 were a 120, the mean would have
 * been 16.33", "If Alice and Bob are collaborating …, it's possible to …").
 */
export function instructsOrWorksThrough(doc: TextDoc, index: number): boolean {
  const { endToken } = doc.sentences[index]!;
  // "And if …": the digest drops an opening conjunction, so the sentence opens after it.
  const opens = doc.sentences[index]!.firstToken;
  const firstToken = doc.tokens[opens]?.pos === 'CCONJ' ? opens + 1 : opens;
  const [first, second, third] = doc.tokens.slice(firstToken, firstToken + 3);
  if (first?.normal === 'do' && second?.normal === 'not' && isVerb(third)) return true;
  if (first?.normal !== 'if') return false;
  const rest = doc.tokens.slice(firstToken + 1, endToken);
  return rest.some((t) => CONDITIONAL_RESULTS.has(t.normal));
}

const CONDITIONAL_RESULTS = new Set(['would', 'could', 'can', 'possible']);

/**
 * "Time is not on Adam Schiff's side", "The new MacBook Pro is a heck of a lot like the old
 * one": a present "is" that denies or likens weighs what others hold or sell, which is how an
 * op-ed's or a review's first paragraph often states its thesis.
 */
export function deniesOrLikens(doc: TextDoc, index: number): boolean {
  const { firstToken, endToken } = doc.sentences[index]!;
  for (let i = firstToken; i < endToken - 1; i++) {
    const t = doc.tokens[i]!;
    if (t.lemma !== 'be' || !/^(is|are|'s|'re|’s|’re)$/.test(t.normal)) continue;
    const after = doc.tokens.slice(i + 1, Math.min(endToken, i + 8)).map((x) => x.normal);
    if (/^(not|n't|n’t)$/.test(after[0] ?? '') || after.includes('like')) return true;
  }
  return false;
}

/**
 * Whether the word at `start` is a verb: an unattributed-claim note that opens on one covers a
 * clause's action ("marks the first major price drop", "exposing some of the foam"), which
 * reports; one that opens on a noun ("evidence that the Government has been alarmed") argues.
 */
export function opensOnVerb(doc: TextDoc, start: number): boolean {
  return isVerb(doc.tokens.find((t) => t.start === start));
}
