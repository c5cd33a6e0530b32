import type { TextDoc, Token } from '../text/text-model.js';
import { POSSESSIVE_PRONOUNS, TIME_NOUNS } from '../text/word-tests.js';
import type { Span } from '../types.js';
import type { NameMention } from './names.js';
import { speakerAfter, speakerBefore } from './speaker.js';

// Verbs by which a source characterises something: "Labour branded the plan unworkable",
// "Ferguson praised his players' gutsy display". The words after them, to the clause's end, are
// the source's characterisation as the writer reports it.
const CHARACTERISING = new Set(
  'brand call dub label describe praise hail criticise criticize condemn name term deem'.split(' '),
);
// wink tags some past forms as adjectives ("has branded"): those count by their form.
const CHARACTERISED = new Set('branded dubbed labelled labeled hailed deemed termed'.split(' '));
// Verbs that characterise through "as": "dismissed the report as a hoax", "slammed the ruling as
// outrageous". The words after "as" are the source's; the verb stays the writer's choice.
const CHARACTERISING_AS = new Set(
  (
    'dismiss blast slam denounce attack tout ridicule decry lambaste lambast deride mock reject ' +
    'portray characterize characterise paint depict welcome celebrate applaud laud excoriate ' +
    'castigate assail'
  ).split(' '),
);

// Verbs that blame or credit someone for a deed: "excoriated the police for using excessive
// force", "accused the firm of hiding losses". The charge after "for" ("of") is the source's.
const CHARGING = new Set(
  (
    'criticise criticize condemn praise blame fault rebuke chastise scold slam blast lambaste ' +
    'excoriate castigate attack accuse commend thank'
  ).split(' '),
);

function characterises(token: Token): boolean {
  if (token.pos === 'VERB') return CHARACTERISING.has(token.lemma);
  return token.pos === 'ADJ' && CHARACTERISED.has(token.normal);
}

// A characterisation is a clause: scanning a bounded stretch keeps a huge sentence linear.
const MAX_CHARACTERISATION_TOKENS = 60;

const closesClause = (token: Token) => /^[,;:.!?]$/.test(token.value);

/** Punctuation, or "and" opening the subject's next deed: "…as out of control and lashed out". */
function endsCharacterisation(tokens: readonly Token[], k: number): boolean {
  if (closesClause(tokens[k]!)) return true;
  return tokens[k]!.pos === 'CCONJ' && tokens[k + 1]?.pos === 'VERB';
}

/** The spans of a named or described source's characterisations, sentence by sentence. */
export function characterisations(doc: TextDoc, mentions: NameMention[]): Span[] {
  const { tokens } = doc;
  const spans: Span[] = [];
  for (const sentence of doc.sentences) {
    for (let v = sentence.firstToken + 1; v < sentence.endToken - 1; v++) {
      const verb = tokens[v]!;
      const passive = passiveCharacterisation(doc, mentions, v, sentence.endToken);
      if (passive) {
        spans.push(passive);
        continue;
      }
      const as = characterisesAs(verb) ? markerAfter(tokens, v, sentence.endToken, 'as') : -1;
      const charge = as < 0 ? chargeAfter(tokens, v, sentence.endToken) : -1;
      if (!characterises(verb) && as < 0 && charge < 0) continue;
      if (!speakerBefore(doc, mentions, v, [sentence.firstToken, v])) continue;
      const stop = Math.min(sentence.endToken - 1, v + MAX_CHARACTERISATION_TOKENS);
      let end = v + 1;
      while (end < stop && !endsCharacterisation(tokens, end)) end++;
      const marker = Math.max(as, charge);
      const from = marker >= 0 && !characterises(verb) ? marker + 1 : v + 1;
      if (from < end) spans.push([tokens[from]!.start, tokens[end - 1]!.end]);
    }
  }
  return spans;
}

function characterisesAs(token: Token): boolean {
  return token.pos === 'VERB' && CHARACTERISING_AS.has(token.lemma);
}

/** The `word` after the verb's object, in the same clause: "slammed the ruling as …". */
function markerAfter(tokens: readonly Token[], verb: number, end: number, word: string): number {
  for (let k = verb + 2; k < Math.min(end, verb + 8); k++) {
    if (closesClause(tokens[k]!)) return -1;
    if (tokens[k]!.normal === word) return k;
  }
  return -1;
}

/** The charging verb's lemma; wink tags some present forms as nouns ("report excoriates"). */
function chargingLemma(token: Token): string | null {
  if (token.pos === 'VERB') return CHARGING.has(token.lemma) ? token.lemma : null;
  if (token.pos !== 'NOUN' || !token.normal.endsWith('s')) return null;
  const stem = token.normal.slice(0, -1);
  return CHARGING.has(stem) ? stem : null;
}

/**
 * The "for" ("of" after "accuse") that opens the charge: a deed ("for using", "of hiding") or a
 * possessive one ("for their gutsy display"), not a time ("slammed the plan for weeks").
 */
function chargeAfter(tokens: readonly Token[], verb: number, end: number): number {
  const lemma = chargingLemma(tokens[verb]!);
  if (!lemma) return -1;
  const at = markerAfter(tokens, verb, end, lemma === 'accuse' ? 'of' : 'for');
  const next = tokens[at + 1];
  if (at < 0 || !next) return -1;
  // wink tags some gerunds as nouns ("for wasting money"); "for evening …" is a time.
  const deed = next.normal.endsWith('ing') && next.pos !== 'PROPN' && !TIME_NOUNS.has(next.normal);
  return deed || POSSESSIVE_PRONOUNS.has(next.normal) ? at : -1;
}

/** "hailed by Senator Ruiz as a breakthrough": the source after "by" characterises, after "as". */
function passiveCharacterisation(
  doc: TextDoc,
  mentions: NameMention[],
  v: number,
  end: number,
): Span | null {
  const { tokens } = doc;
  const verb = tokens[v]!;
  if (tokens[v + 1]?.normal !== 'by' || !(characterises(verb) || characterisesAs(verb)))
    return null;
  const as = markerAfter(tokens, v, end, 'as');
  if (as < 0 || !speakerAfter(doc, mentions, v + 2, [v + 2, as])) return null;
  const stop = Math.min(end - 1, as + MAX_CHARACTERISATION_TOKENS);
  let last = as + 1;
  while (last < stop && !endsCharacterisation(tokens, last)) last++;
  return last > as + 1 ? [tokens[as + 1]!.start, tokens[last - 1]!.end] : null;
}
