import type { TextDoc, Token } from '../text/text-model.js';
import type { Span } from '../types.js';
import { antecedentOf } from './antecedent.js';
import { skipApposition } from './apposition.js';
import { nameBehindPhrase, nameRunningOn } from './cited-body.js';
import {
  followsPrepositionOrVerb,
  objectOfPreposition,
  opensClause,
  standsAsSubject,
} from './clause-roles.js';
import type { NameMention } from './names.js';
import { description, named, nounPhraseSpeaker, type Speaker } from './noun-phrase-speaker.js';
import { closesRelativeClause, reportsSpeech } from './speech-act.js';
import { stepOverSubjectGap } from './subject-gap.js';

export type { Speaker } from './noun-phrase-speaker.js';

/** Token indices [from, to) that the speaker phrase must stay within (its sentence, say). */
export type Bounds = [from: number, to: number];

// "I" and "we" outside quotation marks are the writer ("I wrote a long rant"): not a source.
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);

/** The subject before a reporting verb: "Coale said", "a spokesman, Ann Lee, told", "she added". */
export function speakerBefore(
  doc: TextDoc,
  mentions: NameMention[],
  verb: number,
  bounds: Bounds,
): Speaker | null {
  return reportsSpeech(doc.tokens, verb) ? subjectBefore(doc, mentions, verb, bounds) : null;
}

/** The subject before any verb of speech, as `speakerBefore` finds it. */
export function subjectBefore(
  doc: TextDoc,
  mentions: NameMention[],
  verb: number,
  bounds: Bounds,
): Speaker | null {
  const { tokens } = doc;
  const gap = stepOverSubjectGap(tokens, verb - 1, bounds[0]);
  if (gap.negated) return null;
  let k = gap.at;
  // "too soon to predict": an infinitive has no subject of its own.
  if (k >= bounds[0] && tokens[k]!.normal === 'to') return null;
  if (k >= bounds[0] && tokens[k]!.normal === 'and')
    return sentenceSubject(doc, mentions, k, bounds);
  // "Ito amplified his message, saying he was ready": the participle's subject opens the sentence.
  const aside = tokens[verb]!.normal.endsWith('ing') && tokens[k]?.value === ',';
  if (aside && k >= bounds[0]) {
    const subject = sentenceSubject(doc, mentions, k, bounds);
    if (subject) return subject;
  }
  if (k >= bounds[0] && tokens[k]!.value === ',')
    k = skipApposition(tokens, mentions, k, bounds[0]);
  if (k < bounds[0]) return null;
  if (SUBJECT_PRONOUNS.has(tokens[k]!.normal)) {
    return closesRelativeClause(tokens, k, verb) ? null : pronounSpeaker(doc, mentions, k);
  }
  let first = k;
  while (first - 1 >= bounds[0] && isNounPhrasePart(tokens[first - 1]!)) first--;
  if (first <= k && objectOfPreposition(tokens, first, bounds[0]))
    return description(doc, [tokens[first]!.start, tokens[k]!.end]);
  const speaker = nounPhraseSpeaker(doc, mentions, first, k + 1);
  if (speaker?.kind === 'named' && bareVerbAfterName(tokens, verb, k)) return null;
  // "a letter sent to Speaker Ann Lee, arguing that …", "a letter to Ann Lee on Friday
  // requesting …": the letter argues and requests, not its addressee ("Lee is requesting" does).
  const participle = tokens[verb]!.normal.endsWith('ing') && tokens[verb - 1]?.pos !== 'AUX';
  const addressee = participle && followsPrepositionOrVerb(tokens, first, bounds[0]);
  return addressee && speaker?.kind === 'named' ? null : speaker;
}

/** The speaker after the verb: "…,” said Prime Minister Keir Starmer", "according to Reuters". */
export function speakerAfter(
  doc: TextDoc,
  mentions: NameMention[],
  from: number,
  bounds: Bounds,
): Speaker | null {
  const speaker = phraseAfter(doc, mentions, from, bounds);
  // "…, saying Judge Ada Stone had earned it": after a participle comes what was said, so the
  // words are reported but the name is not the one who said them.
  const participle =
    doc.tokens[from - 1]?.pos === 'VERB' && /ing$/.test(doc.tokens[from - 1]!.normal);
  return participle && speaker ? description(doc, speaker.span) : speaker;
}

function phraseAfter(
  doc: TextDoc,
  mentions: NameMention[],
  from: number,
  bounds: Bounds,
): Speaker | null {
  const { tokens } = doc;
  if (from >= bounds[1]) return null;
  if (SUBJECT_PRONOUNS.has(tokens[from]!.normal)) return pronounSpeaker(doc, mentions, from);
  let end = from;
  while (end < bounds[1] && isNounPhrasePart(tokens[end]!)) end++;
  if (end === from) return null;
  const runningOn = nameRunningOn(doc, mentions, from, end);
  if (runningOn) return runningOn;
  const speaker = nounPhraseSpeaker(doc, mentions, from, end);
  if (speaker?.kind === 'named') return speaker;
  return nameBehindPhrase(doc, mentions, from, end, bounds[1]) ?? speaker;
}

/** A person named earlier in the sentence: "Coale played a role by affirming the release". */
export function nearestPersonBefore(
  doc: TextDoc,
  mentions: NameMention[],
  verb: number,
  bounds: Bounds,
): Speaker | null {
  if (!reportsSpeech(doc.tokens, verb)) return null;
  const candidates = mentions.filter(
    (m) =>
      m.kind === 'person' &&
      m.firstToken >= bounds[0] &&
      m.endToken <= verb &&
      standsAsSubject(doc.tokens, m, bounds[0]),
  );
  const last = candidates[candidates.length - 1];
  return last ? named(doc, last.span, last.name) : null;
}

/**
 * "Mayor Ken Ito toured the site and said …", "… the site, saying …": the second verb's subject
 * is the name that opens the sentence (after its titles), as a subject.
 */
function sentenceSubject(
  doc: TextDoc,
  mentions: NameMention[],
  and: number,
  bounds: Bounds,
): Speaker | null {
  const start = pastIntroduction(doc.tokens, bounds[0], and);
  const opener = mentions.find(
    (m) =>
      m.firstToken >= start &&
      m.endToken < and &&
      doc.tokens.slice(start, m.firstToken).every((t) => isNounPhrasePart(t) || t.value === '.'),
  );
  if (!opener || !standsAsSubject(doc.tokens, opener, start)) return null;
  // "revoked the visa after Russia exposed a loophole and added him to a list": Russia added.
  if (opensClause(doc.tokens, opener.endToken + 1, and)) return null;
  return named(doc, opener.span, opener.name);
}

/**
 * "before the China comment voting against it": a verb's bare form right after one name is
 * a noun the tagger misread (a name that spoke takes "said", "says", "will say").
 */
function bareVerbAfterName(tokens: readonly Token[], verb: number, head: number): boolean {
  const form = tokens[verb]!;
  return head === verb - 1 && form.normal === form.lemma && !tokens[head]!.normal.endsWith('s');
}

/** Past an opening phrase with no verb and a comma ("In another late-night ruling, the court …"). */
function pastIntroduction(tokens: readonly Token[], from: number, to: number): number {
  if (!/^(ADP|ADV|SCONJ)$/.test(tokens[from]?.pos ?? '')) return from;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return from;
    if (tokens[k]!.value === ',') return k + 1;
  }
  return from;
}

function isNounPhrasePart(token: Token): boolean {
  return NOUN_PHRASE_POS.has(token.pos) && token.value !== ',';
}

function pronounSpeaker(doc: TextDoc, mentions: NameMention[], at: number): Speaker {
  const token = doc.tokens[at]!;
  const span: Span = [token.start, token.end];
  // Only "he" and "she" are resolved, and only to someone the text has already made a speaker.
  if (token.normal === 'he' || token.normal === 'she') {
    const antecedent = antecedentOf(doc, mentions, at);
    if (antecedent) return { text: token.value, span, source: antecedent.name, kind: 'pronoun' };
  }
  return { text: token.value, span, source: null, kind: 'pronoun' };
}
