import type { TextDoc, Token } from '../text/text-model.js';
import type { Span } from '../types.js';
import { antecedentOf } from './antecedent.js';
import { skipApposition } from './apposition.js';
import { type NameMention, NOT_A_PERSON, TITLES } from './names.js';
import { GROUP_NOUNS } from './report-verbs.js';
import { closesRelativeClause, reportsSpeech } from './speech-act.js';

/** Who a quote or statement is attributed to, as found next to its reporting verb. */
export interface Speaker {
  text: string;
  span: Span;
  /** The name it counts under (a surname, an organisation), or null for descriptions. */
  source: string | null;
  kind: 'named' | 'pronoun' | 'description';
}

/** Token indices [from, to) that the speaker phrase must stay within (its sentence, say). */
export type Bounds = [from: number, to: number];

// "I" and "we" outside quotation marks are the writer ("I wrote a long rant"): not a source.
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const TITLE_LIKE = new Set([...TITLES, 'spokesman', 'spokeswoman', 'spokesperson']);
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr']);
/** Acronyms that are places, not organisations that speak ("in the UK told"). */
const PLACE_ACRONYMS = new Set(['uk', 'us', 'usa', 'eu', 'uae']);
const SKIPPABLE = /^(ADV|AUX|PART)$/;
const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);

/** The subject before a reporting verb: "Coale said", "a spokesman, Ann Lee, told", "she added". */
export function speakerBefore(
  doc: TextDoc,
  mentions: NameMention[],
  verb: number,
  bounds: Bounds,
): Speaker | null {
  const { tokens } = doc;
  if (!reportsSpeech(tokens, verb)) return null;
  let k = verb - 1;
  while (
    k >= bounds[0] &&
    SKIPPABLE.test(tokens[k]!.pos) &&
    !/^(to|’s|'s)$/.test(tokens[k]!.normal)
  )
    k--;
  // "too soon to predict": an infinitive has no subject of its own.
  if (k >= bounds[0] && tokens[k]!.normal === 'to') return null;
  if (k >= bounds[0] && tokens[k]!.value === ',')
    k = skipApposition(tokens, mentions, k, bounds[0]);
  if (k < bounds[0]) return null;
  if (SUBJECT_PRONOUNS.has(tokens[k]!.normal)) {
    return closesRelativeClause(tokens, k, verb) ? null : pronounSpeaker(doc, mentions, k);
  }
  let first = k;
  while (first - 1 >= bounds[0] && isNounPhrasePart(tokens[first - 1]!)) first--;
  return nounPhraseSpeaker(doc, mentions, first, k + 1);
}

/** The speaker after the verb: "…,” said Prime Minister Keir Starmer", "according to Reuters". */
export function speakerAfter(
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
  return end > from ? nounPhraseSpeaker(doc, mentions, from, end) : null;
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
      doc.tokens[m.endToken]?.normal !== '’s' &&
      doc.tokens[m.endToken]?.normal !== "'s",
  );
  const last = candidates[candidates.length - 1];
  return last ? named(doc, last.span, last.name) : null;
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

function nounPhraseSpeaker(
  doc: TextDoc,
  mentions: NameMention[],
  first: number,
  end: number,
): Speaker | null {
  const { tokens } = doc;
  const head = tokens[end - 1]!;
  // "Cook told" (a surname tagged as a verb), "the Department of Social Services said" (a name
  // that runs on over "of"), "James Kennedy Jr." (the mention stops before the suffix).
  const mention = mentions.find(
    (m) =>
      (m.endToken === end || (m.endToken === end - 1 && SUFFIXES.has(head.normal))) &&
      (m.firstToken >= first || m.kind === 'organisation'),
  );
  if (mention && !GROUP_NOUNS.has(head.normal)) {
    const start = Math.min(first, mention.firstToken);
    return named(doc, [tokens[start]!.start, head.end], mention.name);
  }
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
  const span: Span = [tokens[first]!.start, head.end];
  // "Critics say", "Officials told": sentence-initial capitals make wink call these PROPN.
  if (GROUP_NOUNS.has(head.normal)) return description(doc, span);
  // A lone capitalised word counts as a named source ("Reuters reported") unless it merely
  // starts the sentence ("Speculation grew") or is a title ("the MP said").
  const lone = end - 1 === first || tokens[end - 2]!.pos !== 'PROPN';
  if (lone && (startsSentence(doc, head.start) || TITLE_LIKE.has(head.normal))) {
    return description(doc, span);
  }
  if (head.pos === 'PROPN' && /^\p{Lu}/u.test(head.value)) {
    let start = end - 1;
    while (start > first && tokens[start - 1]!.pos === 'PROPN') start--;
    if (possessiveName(tokens, first, start))
      return named(doc, span, spanText(doc, start - 2, end));
    // One capitalised word that is not a known name ("Tuesday", "Germany", "Americans") is
    // not a voice; an acronym ("NASA", "CNN") usually is an organisation that speaks.
    const acronym = /^\p{Lu}{2,}$/u.test(head.value) && !PLACE_ACRONYMS.has(head.normal);
    if (start === end - 1 && !acronym) return description(doc, span);
    // A place or a date ("New York said", "Hong Kong argued") is not a speaker either.
    const words = tokens.slice(start, end);
    if (words.some((t) => NOT_A_PERSON.has(t.normal)) || head.normal === 'st.')
      return description(doc, span);
    return named(doc, span, doc.text.slice(tokens[start]!.start, head.end));
  }
  return description(doc, span);
}

/** "the People’s Daily": a capitalised possessive and the word after it are one name. */
function possessiveName(tokens: readonly Token[], first: number, start: number): boolean {
  const owner = tokens[start - 2];
  if (start - 2 < first || !owner || !/^(’s|'s)$/.test(tokens[start - 1]!.normal)) return false;
  return (
    (owner.pos === 'PROPN' || owner.pos === 'NOUN') &&
    /^\p{Lu}\p{Ll}/u.test(owner.value) &&
    start - 3 >= first &&
    tokens[start - 3]!.normal === 'the'
  );
}

function spanText(doc: TextDoc, from: number, end: number): string {
  return doc.text.slice(doc.tokens[from]!.start, doc.tokens[end - 1]!.end);
}

function description(doc: TextDoc, span: Span): Speaker {
  return { text: doc.text.slice(span[0], span[1]), span, source: null, kind: 'description' };
}

function startsSentence(doc: TextDoc, offset: number): boolean {
  const before = doc.text.slice(Math.max(0, offset - 4), offset).trimEnd();
  return before === '' || /[.!?"“”\n]$/u.test(before);
}

function named(doc: TextDoc, span: Span, source: string): Speaker {
  return { text: doc.text.slice(span[0], span[1]), span, source, kind: 'named' };
}
