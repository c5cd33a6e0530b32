import type { TextDoc, Token } from '../text/text-model.js';
import type { Span } from '../types.js';
import { NOT_A_PERSON, TITLES } from './name-words.js';
import type { NameMention } from './names.js';
import { GROUP_NOUNS } from './report-verbs.js';

/** Who a quote or statement is attributed to, as found next to its reporting verb. */
export interface Speaker {
  text: string;
  span: Span;
  /** The name it counts under (a surname, an organisation), or null for descriptions. */
  source: string | null;
  kind: 'named' | 'pronoun' | 'description';
}

const TITLE_LIKE = new Set([...TITLES, 'spokesman', 'spokeswoman', 'spokesperson']);
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr']);
/** Acronyms that are places, not organisations that speak ("in the UK told"). */
const PLACE_ACRONYMS = new Set(['uk', 'us', 'usa', 'eu', 'uae']);
/** Bodies known by whom or where they serve: "the Novak administration", "Denver police". */
const BODY_NOUNS = new Set(['administration', 'campaign', 'government', 'police']);

/** The speaker a noun phrase tokens[first, end) names or describes, or null if none. */
export function nounPhraseSpeaker(
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
  const body = bodyByName(doc, first, end);
  if (body) return body;
  // A lone capitalised word counts as a named source ("Reuters reported") unless it merely
  // starts the sentence ("Speculation grew", though "CBP said" is an acronym, and ".IXIC" a
  // ticker) or is a title ("the MP said").
  const lone = end - 1 === first || tokens[end - 2]!.pos !== 'PROPN';
  const spaced = head.start === 0 || /\s/u.test(doc.text[head.start - 1]!);
  const opening = startsSentence(doc, head.start) && !(isAcronym(head) && spaced);
  if (lone && (opening || TITLE_LIKE.has(head.normal))) {
    return description(doc, span);
  }
  if (head.pos === 'PROPN' && /^\p{Lu}/u.test(head.value))
    return capitalisedSpeaker(doc, first, end);
  return description(doc, span);
}

function capitalisedSpeaker(doc: TextDoc, first: number, end: number): Speaker {
  const { tokens } = doc;
  const head = tokens[end - 1]!;
  const span: Span = [tokens[first]!.start, head.end];
  let start = end - 1;
  while (start > first && tokens[start - 1]!.pos === 'PROPN') start--;
  if (possessiveName(tokens, first, start)) return named(doc, span, spanText(doc, start - 2, end));
  // One capitalised word that is not a known name ("Tuesday", "Germany", "Americans") is not a
  // voice; an acronym ("NASA", "CNN") usually is an organisation that speaks, and so is a word
  // after "the" ("The Courier reported", "the Pentagon said") that is not a place, a plural or
  // the start of a longer name the tagger broke ("the Sioux Falls Argus Leader").
  const acronym = isAcronym(head);
  const afterThe =
    start - 1 >= first &&
    tokens[start - 1]!.normal === 'the' &&
    !NOT_A_PERSON.has(head.normal) &&
    !PLACE_ACRONYMS.has(head.normal) &&
    !head.normal.endsWith('s') &&
    !/^\p{Lu}/u.test(tokens[end]?.value ?? '');
  if (start === end - 1 && !acronym && !afterThe) return description(doc, span);
  // A place or a date ("New York said", "Hong Kong argued") is not a speaker either.
  const words = tokens.slice(start, end);
  if (words.some((t) => NOT_A_PERSON.has(t.normal)) || head.normal === 'st.')
    return description(doc, span);
  return named(doc, span, doc.text.slice(tokens[start]!.start, head.end));
}

function isAcronym(token: Token): boolean {
  return /^\p{Lu}{2,}$/u.test(token.value) && !PLACE_ACRONYMS.has(token.normal);
}

/** "the Novak administration said", "Denver police said": a body named by a name before it. */
function bodyByName(doc: TextDoc, first: number, end: number): Speaker | null {
  const { tokens } = doc;
  if (!BODY_NOUNS.has(tokens[end - 1]!.normal) || tokens[end - 1]!.pos !== 'NOUN') return null;
  let start = end - 1;
  while (start > first && isCapitalisedName(tokens[start - 1]!)) start--;
  if (start === end - 1) return null;
  const span: Span = [tokens[first]!.start, tokens[end - 1]!.end];
  return named(doc, span, spanText(doc, start, end));
}

function isCapitalisedName(token: Token): boolean {
  return token.pos === 'PROPN' && /^\p{Lu}/u.test(token.value);
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

export function description(doc: TextDoc, span: Span): Speaker {
  return { text: doc.text.slice(span[0], span[1]), span, source: null, kind: 'description' };
}

function startsSentence(doc: TextDoc, offset: number): boolean {
  const before = doc.text.slice(Math.max(0, offset - 4), offset).trimEnd();
  return before === '' || /[.!?"“”\n]$/u.test(before);
}

export function named(doc: TextDoc, span: Span, source: string): Speaker {
  return { text: doc.text.slice(span[0], span[1]), span, source, kind: 'named' };
}
