import { isAccordingTo, isReportVerb } from '../attribution/report-verbs.js';
import type { TextDoc, Token } from '../text/text-model.js';

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

const isVerb = (t: Token | undefined) => t?.pos === 'VERB' || t?.pos === 'AUX';
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

/**
 * The main clause's verb is a present "is"/"are" that names or judges ("Time is not on Adam
 * Schiff's side") or a present verb in a sentence with no number or date to report ("The
 * protests degrade …"). "There are …", the writer's "we analyze", a passive ("is written by")
 * and a progressive ("is exploring") report, and stay facts.
 */
function presentVerdict(tokens: readonly Token[]): boolean {
  const at = mainVerb(tokens);
  if (at < 0) return false;
  const verb = tokens[at]!;
  const subject = tokens[at - 1]?.normal ?? '';
  if (subject === 'there' || PERSONS.has(subject)) return false;
  if (/^(is|are|'s|'re)$/.test(verb.normal) && verb.lemma === 'be') {
    const next = verbAfter(tokens, at);
    return next === null ? judgingComplement(tokens, at) : next.lemma === 'prove';
  }
  // "Respawn just has a thing for …": "have" of possession, not of the perfect.
  const possession =
    verb.lemma === 'have' && /^(has|have)$/.test(verb.normal) && !verbAfter(tokens, at);
  const verbal = verb.pos === 'VERB' || verbTaggedNoun(tokens, at);
  const present = verbal && presentForm(verb) && !PAST_LIKE_BASE.has(verb.lemma);
  if (!possession && !present) return false;
  return !tokens.some((t) => t.pos === 'NUM' || /^(1[89]|20)\d\d$/.test(t.normal));
}

/**
 * What follows a present "is": a judgement when it is an adjective or a bare noun ("are
 * inherent to", "the only strategy is delay"), a denial ("is not on Schiff's side"), a
 * belittled, singled-out or ranked noun phrase ("is just one culprit", "is the best film"), or
 * what a thing or an act is taken to be; a plain fact when it gives a name's post or kind, a
 * place or a figure ("Carrie Lam is the chief executive of Hong Kong", "is now before the
 * Senate", "is 3.5 percent").
 */
function judgingComplement(tokens: readonly Token[], at: number): boolean {
  let k = at + 1;
  let belittled = false;
  for (; tokens[k]?.pos === 'ADV' || tokens[k]?.normal === 'not'; k++) {
    if (tokens[k]!.normal === 'not' || tokens[k]!.normal === "n't") return true;
    belittled ||= BELITTLING.has(tokens[k]!.normal);
  }
  const head = tokens[k];
  if (!head || head.pos === 'PUNCT') return true;
  // "is one culprit", "is one reason": singled out among others, which is the writer's sorting.
  if (head.normal === 'one' && tokens[k + 1]?.pos === 'NOUN') return true;
  if (head.pos === 'NUM' || head.pos === 'ADP') return false;
  if (head.pos !== 'DET') return true;
  const ranked = tokens[k + 1];
  if (belittled || (ranked?.pos === 'ADJ' && SUPERLATIVE.test(ranked.normal))) return true;
  // A name's post or kind, told by its tie to another name, is a fact ("Carrie Lam is the chief
  // executive of Hong Kong", "Kellogg is the U.S. envoy"); what a thing or an act "is" is the
  // writer's reading of it ("His release is a reminder of …", "Fallen Order is a confident game").
  return tokens[at - 1]?.pos !== 'PROPN' || !namesAnother(tokens, k + 1);
}

/** Whether the noun phrase from `from` holds a name before its clause ends. */
function namesAnother(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN') return true;
    if (isVerb(t) || t.pos === 'PUNCT' || /^(who|which|that|whose)$/.test(t.normal)) return false;
  }
  return false;
}

const BELITTLING = new Set(['just', 'only', 'merely', 'simply', 'hardly', 'barely']);
const SUPERLATIVE = /^(best|worst|most|least|\p{L}+est)$/u;

/** The participle right after an auxiliary (adverbs and "not" between), if any: "is (not) written". */
function verbAfter(tokens: readonly Token[], at: number): Token | null {
  let k = at + 1;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.normal === 'not') k++;
  // A participle ("written", "exploring"), not a noun the tagger took for a verb ("is delay").
  const next = tokens[k];
  if (!next || !isVerb(next)) return null;
  // "has become", "was cut": some participles are spelled as their base form.
  const participle = next.normal !== next.lemma || BASE_PARTICIPLES.has(next.normal);
  return participle || PAST_LIKE_BASE.has(next.lemma) ? next : null;
}

const BASE_PARTICIPLES = new Set(['become', 'come', 'overcome', 'run', 'outrun']);

/** Verbs whose past is their base form ("beat", "set"): the form cannot say it is present. */
const PAST_LIKE_BASE = new Set(
  'beat bet burst cast cost cut hit hurt let put quit read set shed shut split spread thrust upset'.split(
    ' ',
  ),
);
/** "Polls show that …", "the study found that …": evidence someone gives, not the writer's word. */
const EVIDENCE = new Set(
  'show shows showed shown find finds found indicate indicates indicated'.split(' '),
);

function evidence(tokens: readonly Token[], i: number): boolean {
  return EVIDENCE.has(tokens[i]!.normal) && tokens[i + 1]?.normal === 'that' && i > 0;
}

function presentForm(verb: Token): boolean {
  const { normal, lemma } = verb;
  return (
    normal === lemma ||
    normal === `${lemma}s` ||
    normal === `${lemma}es` ||
    normal === `${lemma.slice(0, -1)}ies`
  );
}

/** Openers of a leading clause the tagger may not call a subordinator. */
const LEADING_WORDS = new Set(['given', 'even', 'though', 'although']);

/**
 * A leading clause ("While Anglophiles spent the weekend …,") or phrase ("In other words,",
 * "With protests exploding,"); not an inverted main clause ("Among the freed was Sergei, …").
 */
function opensOnLeadingPart(tokens: readonly Token[], comma: number): boolean {
  const first = tokens[0]!;
  if (first.pos === 'SCONJ' || LEADING_WORDS.has(first.normal)) return true;
  // "Ignored or not, …", "Taking inspiration from Metroid, …": a participle's phrase.
  if (first.pos === 'VERB' && /(ed|ing)$/.test(first.normal)) return true;
  if (first.pos !== 'ADP') return false;
  const finite = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'));
  return !tokens.slice(1, comma).some(finite);
}

/** The main clause's first verb: past a leading clause ("While …,") and relative clauses. */
function mainVerb(tokens: readonly Token[]): number {
  const comma = tokens.findIndex((t) => t.value === ',');
  let i = comma > 0 && opensOnLeadingPart(tokens, comma) ? comma + 1 : 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    // ", a droid who only speaks in bleeps," is an aside: the main verb comes after it.
    if (/^(who|which)$/.test(t.normal) && i > 0) {
      const close = tokens.findIndex((c, k) => k > i && c.value === ',');
      if (close < 0) return -1;
      i = close;
      continue;
    }
    if (finite(tokens, i)) return i;
  }
  return -1;
}

/** A verb that can head a clause: not a gerund ("for ending the protests") nor an infinitive. */
function finite(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'AUX' || verbTaggedNoun(tokens, i)) return true;
  // "Star Wars Jedi: Fallen Order finds …": a capitalised word before a name is part of it.
  const inName =
    (i > 0 || t.normal !== t.lemma) && /^\p{Lu}/u.test(t.value) && tokens[i + 1]?.pos === 'PROPN';
  return t.pos === 'VERB' && !inName && !t.normal.endsWith('ing') && tokens[i - 1]?.normal !== 'to';
}

/**
 * "The Standing Committee views its mission …": the tagger reads "views" as a noun, but a
 * plural after a noun and before a possessive ("its", "their") is a verb with its object.
 */
function verbTaggedNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1]?.pos;
  return (
    t.pos === 'NOUN' &&
    t.normal.endsWith('s') &&
    (before === 'NOUN' || before === 'PROPN') &&
    POSSESSIVES.has(tokens[i + 1]?.normal ?? '')
  );
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
