import { RHETORIC } from '../framing/genre.js';
import type { TextDoc, Token } from '../text/text-model.js';
import { hasLetterOrDigit } from '../text/word-tests.js';
import { restOfParagraph } from './lead-paragraph.js';
import type { Ranking } from './rank-sentences.js';
import { firstProseSentence } from './standalone.js';
import { SIGNPOST } from './writer-claim.js';
import { speaksInWritersVoice } from './writers-voice.js';

/**
 * How much a sentence reports rather than argues, for the fact lines of an opinion or analysis
 * digest. A reported event answers who, where, when and how many (the "five Ws" of news copy);
 * the writer's argument answers none of them and speaks in modals, hedges and the first person.
 * The score grows with the kinds of answer a sentence gives and with its names and numbers, and
 * shrinks with every arguing word the digest would keep (the framing notes left after
 * neutralising count as arguing too).
 */
export function reportedFactScores(
  doc: TextDoc,
  dropped: ReadonlySet<number>,
  notesLeft: readonly number[],
): number[] {
  return doc.sentences.map((sentence, index) => {
    const facts = { who: 0, where: 0, when: 0, howMany: 0 };
    let words = 0;
    const rhetoric = sentence.text.match(RHETORIC)?.length ?? 0;
    let arguing = (notesLeft[index] ?? 0) + 2 * rhetoric;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (dropped.has(i) || !hasLetterOrDigit(token.value)) continue;
      words++;
      if (ARGUING.has(token.normal) || POINTS_BACK.has(token.normal)) arguing++;
      const kind = factKind(doc.tokens, i);
      if (kind) facts[kind]++;
    }
    // "In short, slaughter is likely coming": the writer sums up, and reports nothing.
    if (
      SIGNPOST.test(sentence.text) ||
      onlySaysWhatItIsLike(doc, index, dropped) ||
      onlySaysWhatItIs(doc, index, dropped) ||
      opensOnLabel(doc, index) ||
      speaksInWritersVoice(doc, index)
    )
      return 0;
    const kinds = Object.values(facts).filter((n) => n > 0).length;
    const named = facts.who + facts.where + facts.when + facts.howMany;
    // A number alone ("the two leaders") anchors nothing: a fact names someone, somewhere or when.
    if (words === 0 || named === facts.howMany) return 0;
    // The opening paragraphs of an op-ed usually state the event it answers (a lead prior).
    const lead = 1 + 0.5 / Math.sqrt(index + 1);
    return (lead * kinds * Math.sqrt(named) * Math.exp(-arguing)) / Math.sqrt(words);
  });
}

/**
 * Re-scores a ranking for an opinion or analysis piece: the sentences that report the facts the
 * piece rests on come first, central ones before asides.
 */
export function rankReportedFacts(doc: TextDoc, ranking: Ranking, dropped: ReadonlySet<number>) {
  const notesLeft = ranking.scores.map((s) => s.notes);
  const facts = reportedFactScores(doc, dropped, notesLeft);
  for (const s of ranking.scores) s.score = facts[s.index]! * (0.5 + 0.5 * s.degree);
  const top = maxScore(ranking);
  const first = firstProseSentence(doc);
  for (const i of [first, ...restOfParagraph(doc, first)]) {
    if (ranking.scores[i]) ranking.scores[i]!.score *= FIRST_PARAGRAPH_WEIGHT;
  }
  // Back to the old top score, so MMR weighs relevance against overlap as before.
  const scale = top > 0 ? top / maxScore(ranking) : 1;
  for (const s of ranking.scores) s.score *= scale;
}

const maxScore = (ranking: Ranking) => ranking.scores.reduce((m, s) => Math.max(m, s.score), 0);

/**
 * An op-ed answers an event, and its first paragraph usually states it ("Americans have gone to
 * the polls four times this month…"): a fact sentence there outranks one further down unless
 * that one reports far more. Measured on the real-pages eval (lede coverage of opinion pages).
 */
const FIRST_PARAGRAPH_WEIGHT = 10;

type FactKind = 'who' | 'where' | 'when' | 'howMany';

function factKind(tokens: readonly Token[], i: number): FactKind | null {
  const token = tokens[i]!;
  // "may" is a month only as a name ("in May"), else a modal.
  const date = token.normal === 'may' ? token.pos === 'PROPN' : WHEN.has(token.normal);
  if (date || /^(1[89]|20)\d\d$/.test(token.normal)) return 'when';
  if (token.pos === 'NUM' || ORDINALS.has(token.normal)) return 'howMany';
  if (token.pos !== 'PROPN') return null;
  // Only the head of a name counts, so "Sergei Tikhanovsky" is one name, not two.
  if (tokens[i + 1]?.pos === 'PROPN') return null;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'PROPN') k--;
  return PLACE_PREPOSITIONS.has(tokens[k]?.normal ?? '') ? 'where' : 'who';
}

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'across', 'into', 'outside']);
const WHEN = new Set(
  (
    'january february march april june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday ' +
    'friday saturday sunday yesterday today tonight'
  ).split(' '),
);
const ORDINALS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '),
);
/** "This mission", "these prisoners": the writer's name for something told elsewhere. */
const POINTS_BACK = new Set(['this', 'these']);
/** The writer's voice: modals of possibility and obligation, hedges, first and second person. */
const ARGUING = new Set(
  (
    'can could should would might must ought will likely seems seem seemingly perhaps arguably ' +
    'apparently surely clearly undeniably i we our us my you your'
  ).split(' '),
);

/**
 * "The promise of Google Stadia: high quality visuals …": a few words with no verb, then a colon.
 * The sentence names what the piece is about, as a heading would; it reports nothing.
 */
function opensOnLabel(doc: TextDoc, index: number): boolean {
  const { firstToken, endToken } = doc.sentences[index]!;
  for (let i = firstToken; i < Math.min(endToken, firstToken + 8); i++) {
    const t = doc.tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.value === ':') return i > firstToken;
  }
  return false;
}

/**
 * "Xi's problem is simple.", "The efforts have been similarly catastrophic.": the sentence ends
 * on a form of "be" and an adjective. It says what the writer makes of something, not what
 * happened, however many names it holds.
 */
function onlySaysWhatItIsLike(
  doc: TextDoc,
  index: number,
  /** Tokens the digest line leaves out or swaps ("…, a silence that was seemingly unbreachable"). */
  dropped: ReadonlySet<number>,
): boolean {
  const { firstToken, endToken } = doc.sentences[index]!;
  let i = endToken - 1;
  while (i >= firstToken && doc.tokens[i]!.pos === 'PUNCT' && doc.tokens[i]!.value !== ',') i--;
  let adjectives = 0;
  for (; i >= firstToken; i--) {
    const t = doc.tokens[i]!;
    if (t.pos === 'ADJ') adjectives++;
    else if (t.pos !== 'ADV' && t.pos !== 'CCONJ' && t.value !== ',') break;
  }
  // The "be" must stay in the line: a dropped relative clause's "was" is not what the line says.
  return adjectives > 0 && i >= firstToken && doc.tokens[i]!.lemma === 'be' && !dropped.has(i);
}

/**
 * "Hong Kong's street battles are an existential threat to Xi's regime.": the one verb is a
 * present "is" or "are" before "a"/"an". The writer names what something is, which no event
 * shows; "Among the freed was Sergei Tikhanovsky, a dissident" is told in the past and passes.
 */
function onlySaysWhatItIs(doc: TextDoc, index: number, dropped: ReadonlySet<number>): boolean {
  const { firstToken, endToken } = doc.sentences[index]!;
  const verbs: number[] = [];
  for (let i = firstToken; i < endToken; i++) {
    const t = doc.tokens[i]!;
    if (!dropped.has(i) && (t.pos === 'VERB' || t.pos === 'AUX')) verbs.push(i);
  }
  const only = verbs.length === 1 ? doc.tokens[verbs[0]!]! : null;
  const next = only ? doc.tokens[verbs[0]! + 1]?.normal : undefined;
  return only !== null && /^(is|are)$/.test(only.normal) && /^an?$/.test(next ?? '');
}
