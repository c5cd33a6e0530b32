import type { Token } from '../text/text-model.js';
import { isVerb, POSSESSIVE_PRONOUNS } from '../text/word-tests.js';

/** The writer and the reader as the subject ("we analyze", "you see"): they report, not judge. */
const PERSONS = new Set(['i', 'we', 'you']);

/**
 * The main clause's verb is a present "is"/"are" that names or judges ("Time is not on Adam
 * Schiff's side") or a present verb in a sentence with no number or date to report ("The
 * protests degrade …"). "There are …", the writer's "we analyze", a passive ("is written by")
 * and a progressive ("is exploring") report, and stay facts.
 */
export function presentVerdict(tokens: readonly Token[]): boolean {
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
    POSSESSIVE_PRONOUNS.has(tokens[i + 1]?.normal ?? '')
  );
}
