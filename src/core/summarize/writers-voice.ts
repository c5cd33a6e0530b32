import { isAccordingTo, isReportVerb } from '../attribution/report-verbs.js';
import type { TextDoc, Token } from '../text/text-model.js';
import { isVerb } from '../text/word-tests.js';
import { presentVerdict } from './present-verdict.js';

/**
 * Whether a sentence of an opinion piece is the writer's own evaluation rather than a report,
 * so the digest may not give it as a fact. A reported fact is told in the past or the perfect,
 * or in someone's words; the writer's case speaks in the present ("Facebook is just one
 * culprit", "The protests degrade …"), in modals of prediction and obligation, in stance
 * adverbs ("evidently"), in impressions ("looks quite familiar") and in "we all know".
 */
export function speaksInWritersVoice(doc: TextDoc, index: number): boolean {
  return writersVoice(doc, index, true);
}

/**
 * The writer's voice by its marked signals only (a comment adverb, a stance adverb, an
 * impression, "I think"), not by a present verb alone: "Closed terrariums are easy to care for"
 * describes, and only a marked sentence may be framed as the writer's argument.
 */
export function voicesAStance(doc: TextDoc, index: number): boolean {
  return writersVoice(doc, index, false);
}

/** Someone's words or findings reported ("Bevin says", "one study showed that …"). */
export function reportsOthers(doc: TextDoc, index: number): boolean {
  const { firstToken, endToken } = doc.sentences[index]!;
  const tokens = doc.tokens.slice(firstToken, endToken);
  return tokens.some((_, i) => reportsSomeone(tokens, i) || evidence(tokens, i));
}

function writersVoice(doc: TextDoc, index: number, presentCounts: boolean): boolean {
  const sentence = doc.sentences[index]!;
  if (quotesSomeone(sentence.text)) return false;
  const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
  if (COMMENT_ADVERBS.has(tokens[tokens[0]?.normal === 'most' ? 1 : 0]?.normal ?? '')) return true;
  if (WRITERS_ASIDE.test(sentence.text)) return true;
  if (tokens.some((_, i) => firstPersonOpinion(tokens, i))) return true;
  // "Xi should let Hong Kong vote, as the Basic Law promised": the writer's "should" comes
  // before the report, which backs it; "Officials say the talks will resume" reports.
  const reported = tokens.findIndex((_, i) => reportsSomeone(tokens, i) || evidence(tokens, i));
  if (presentCounts && reported > 0 && tokens.slice(0, reported).some(prescribes)) return true;
  if (reported >= 0) return false;
  // Marked signals alone leave the modals to the claim's own test (claim-signals.ts). A "will"
  // beside a date states a plan ("The Senate will vote on Tuesday"), not a prediction.
  const dated = tokens.some(isDateWord);
  const hedges = (t: Token) =>
    presentCounts ? stance(t) && !(dated && FUTURE.has(t.normal)) : STANCE_ADVERBS.has(t.normal);
  // "(but certainly not limited to)": a bracketed aside hedges itself, not the sentence.
  const bracketed = insideBrackets(tokens);
  if (tokens.some((t, i) => !bracketed[i] && (hedges(t) || impression(tokens, i)))) return true;
  return presentCounts && presentVerdict(tokens);
}

/**
 * A quotation of three words or more is someone's words; a shorter one is the writer's scare
 * quote ("this online \"surveillance economy,\"") and attributes nothing.
 */
export function quotesSomeone(text: string): boolean {
  const quoted = text.match(QUOTATIONS) ?? [];
  return quoted.some((q) => (q.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3);
}

/** Double quotes, and British single ones: a closing ’ not inside a word ("Lam’s" is no quote). */
const QUOTATIONS = /["“][^"“”]*["”]|‘[^‘]*?’(?!\p{L})/gu;

/** Someone's words reported ("Bevin says", "according to"); not the writer's ("As I write"). */
function reportsSomeone(tokens: readonly Token[], i: number): boolean {
  if (isAccordingTo(tokens, i)) return true;
  return isReportVerb(tokens[i]!) && !PERSONS.has(tokens[i - 1]?.normal ?? '');
}

/** Sentence adverbs by which the writer weighs what follows ("Most significantly, …"). */
const COMMENT_ADVERBS = new Set(
  (
    'importantly significantly crucially tellingly ironically unsurprisingly predictably sadly ' +
    'fortunately unfortunately thankfully worryingly remarkably interestingly frankly honestly'
  ).split(' '),
);

/** The writer's own say-so, set in the sentence ("is, for my money, this year's best"). */
const WRITERS_ASIDE = /\b(for my money|to my mind|in my (view|opinion)|if you ask me)\b/i;

const PERSONS = new Set(['i', 'we', 'you']);

/** Modals of prediction and obligation, and adverbs that vouch for the writer's reading. */
const MODALS = new Set(['will', "'ll", 'wo', 'should', 'must', 'ought']);
const STANCE_ADVERBS = new Set(
  'evidently obviously clearly surely undeniably arguably certainly inevitably likely'.split(' '),
);

const FUTURE = new Set(['will', "'ll", 'wo']);
const prescribes = (t: Token) => isVerb(t) && MODALS.has(t.normal) && !FUTURE.has(t.normal);

/**
 * A weekday, a month, a year or "tomorrow": the sentence dates what it tells. A bare figure does
 * not ("a year or two of international fury").
 */
function isDateWord(t: Token): boolean {
  return DATE_WORDS.test(t.normal);
}

const DATE_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|january|february|march|april|june|july|august|september|october|november|december|(1[89]|20)\d\d)$/;

function stance(t: Token): boolean {
  return (isVerb(t) && MODALS.has(t.normal)) || STANCE_ADVERBS.has(t.normal);
}

/** "I think", "we all know", "you feel": the writer gives a view as their own or the reader's. */
const OPINION_LEMMAS = new Set(
  'think believe know feel suspect doubt guess bet argue suppose reckon'.split(' '),
);

function firstPersonOpinion(tokens: readonly Token[], i: number): boolean {
  if (!PERSONS.has(tokens[i]!.normal)) return false;
  // The tagger may read "know" in "we all know" as a noun.
  const verb = tokens.slice(i + 1, i + 4).find((t) => isVerb(t) || OPINION_LEMMAS.has(t.normal));
  return verb !== undefined && (OPINION_LEMMAS.has(verb.lemma) || OPINION_LEMMAS.has(verb.normal));
}

/** A verb of impression before an adjective ("looks quite familiar", "appears to be true"). */
const IMPRESSION_LEMMAS = new Set(['look', 'seem', 'appear', 'prove', 'sound']);

function impression(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lemma === 'make' && tokens[i + 1]?.normal === 'sense') return true;
  if (!isVerb(t) || !IMPRESSION_LEMMAS.has(t.lemma)) return false;
  // "appears to be true": the impression's "to be" stands between the verb and the adjective.
  const toBe = tokens[i + 1]?.normal === 'to' && tokens[i + 2]?.normal === 'be';
  let k = toBe ? i + 3 : i + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  // "looks almost identical to the Series 4" compares what can be seen; it describes.
  return tokens[k]?.pos === 'ADJ' && !(t.lemma === 'look' && LIKENESS.has(tokens[k]!.normal));
}

const LIKENESS = new Set(['identical', 'different', 'similar', 'alike', 'same']);

/** For each token, whether it lies between brackets. */
function insideBrackets(tokens: readonly Token[]): boolean[] {
  let depth = 0;
  return tokens.map((t) => {
    if (t.value === '(') depth++;
    const inside = depth > 0;
    if (t.value === ')') depth = Math.max(0, depth - 1);
    return inside;
  });
}

/** "Polls show that …", "the study found that …": evidence someone gives, not the writer's word. */
const EVIDENCE = new Set(
  'show shows showed shown find finds found indicate indicates indicated'.split(' '),
);

function evidence(tokens: readonly Token[], i: number): boolean {
  return EVIDENCE.has(tokens[i]!.normal) && tokens[i + 1]?.normal === 'that' && i > 0;
}
