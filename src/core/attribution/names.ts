import type { TextDoc, Token } from '../text/text-model.js';
import type { Span } from '../types.js';
import {
  ABSTRACT_NOUN,
  DATE_WORDS,
  INSTITUTIONS,
  NOT_A_PERSON,
  ORGANISATION_HEADS,
  ORGANISATION_WORDS,
  TITLES,
  WEEKDAYS,
} from './name-words.js';
import { officeHolderStart, pastTitles } from './office-holders.js';

/** A named person or organisation as it appears in the text. */
export interface NameMention {
  /** The key it is counted under: a person's surname ("Kellogg"), an organisation's name. */
  name: string;
  kind: 'person' | 'organisation';
  span: Span;
  firstToken: number;
  /** One past the mention's last token. */
  endToken: number;
}

const NAME_SHAPED = /^(\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;

/** Every person and organisation mention, in text order. */
export function findNameMentions(doc: TextDoc): NameMention[] {
  const mentions: NameMention[] = [];
  const knownSurnames = new Set<string>();
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsName(tokens[i]!, knownSurnames) && !opensOrganisation(tokens, i)) continue;
    const end = organisationEnd(doc, i, runEnd(doc, i, knownSurnames), knownSurnames);
    const mention = classifyRun(doc, i, end, knownSurnames);
    if (mention) {
      mentions.push(mention);
      if (mention.kind === 'person') knownSurnames.add(mention.name);
    }
    i = end - 1;
  }
  return keyCompoundSurnames(doc, mentions);
}

/** One past the last token of the capitalised run that starts at `start`. */
function runEnd(doc: TextDoc, start: number, knownSurnames: Set<string>): number {
  const { tokens } = doc;
  let end = start + 1;
  while (end < tokens.length && !breaksBefore(doc, end)) {
    const token = tokens[end]!;
    // The lite model tags surnames that are also verbs as verbs ("Tim Cook", "Cook told"): a
    // title-case verb right after a name, or a surname already seen, is a name too. Not any
    // title-case word: "Amazon Echo" and "Big Machine" are things.
    const afterName =
      tokens[end - 1]!.pos === 'PROPN' && token.pos === 'VERB' && TITLE_CASE.test(token.value);
    // "the Ways and Means Committee Friday": a weekday is when, never part of a name.
    if ((!startsName(token, knownSurnames) && !afterName) || WEEKDAYS.has(token.normal)) break;
    end++;
  }
  return end;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const ORGANISATION_LINKS = new Set(['of', 'on', 'for']);

/**
 * An organisation's name runs on over "of", "on" and "for" ("Department of Social Services",
 * "National Institute on Drug Abuse"), and over "and" to a part that is itself an organisation
 * ("Department of Health and Human Services", not "the Department of Justice and Smith").
 */
function organisationEnd(doc: TextDoc, start: number, end: number, known: Set<string>): number {
  const { tokens } = doc;
  // "the Brennan Center for Justice": a centre is a place unless it is "for" something.
  const centre = /^cent(er|re)$/.test(tokens[end - 1]!.normal) && tokens[end]?.normal === 'for';
  if (!holdsOrganisationWord(tokens, start, end) && !centre) return end;
  let last = end;
  while (last + 1 < tokens.length && !breaksBefore(doc, last + 1)) {
    const link = tokens[last]!.value;
    const joins = ORGANISATION_LINKS.has(link) || (link === 'and' && last > end);
    // Words of an organisation's name are capitalised whatever the tagger calls them ("Child").
    const next = tokens[last + 1]!;
    if (!joins || !(startsName(next, known) || TITLE_CASE.test(next.value))) break;
    // "the Council on Tuesday": a date after "on" is when, not part of the name.
    if (link === 'on' && DATE_WORDS.has(next.normal)) break;
    const nameEnd = runEnd(doc, last + 1, known);
    if (link === 'and' && !organisationPart(tokens, last + 1, nameEnd)) break;
    last = nameEnd;
  }
  return last;
}

function organisationPart(tokens: readonly Token[], start: number, end: number): boolean {
  const lone = end === start + 1 && ABSTRACT_NOUN.test(tokens[start]!.normal);
  return lone || holdsOrganisationWord(tokens, start, end);
}

function holdsOrganisationWord(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.slice(start, end).some((token) => ORGANISATION_WORDS.has(token.normal));
}

/**
 * "Joel Eriksson Ek … Eriksson Ek said": when the text calls a person by the last two words of
 * their full name, those two words are the surname they are counted under.
 */
function keyCompoundSurnames(doc: TextDoc, mentions: NameMention[]): NameMention[] {
  const people = mentions.filter((m) => m.kind === 'person');
  const lastTwo = (m: NameMention) =>
    m.endToken - m.firstToken >= 2 ? spanText(doc, m.endToken - 2, m.endToken) : null;
  const compounds = new Set(
    people
      .filter((m) => m.endToken - m.firstToken === 2)
      .map((m) => lastTwo(m)!)
      .filter((two) => people.some((m) => m.endToken - m.firstToken >= 3 && lastTwo(m) === two)),
  );
  if (compounds.size === 0) return mentions;
  return mentions.map((m) => {
    const two = m.kind === 'person' ? lastTwo(m) : null;
    return two && compounds.has(two) ? { ...m, name: two } : m;
  });
}

/** A name never runs across a line break ("Opinion Columnist" above "Americans have gone…"). */
function breaksBefore(doc: TextDoc, index: number): boolean {
  const previous = doc.tokens[index - 1];
  return (
    previous !== undefined && doc.text.slice(previous.end, doc.tokens[index]!.start).includes('\n')
  );
}

/** "the Justice Department’s Office of Legal Counsel", "Office for Civil Rights": wink tags "Office" a noun there. */
function opensOrganisation(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  return (
    TITLE_CASE.test(token.value) &&
    ORGANISATION_WORDS.has(token.normal) &&
    (tokens[at + 1]?.normal === 'of' || tokens[at + 1]?.normal === 'for')
  );
}

function isNamePart(token: Token): boolean {
  return (token.pos === 'PROPN' || TITLES.has(token.normal)) && NAME_SHAPED.test(token.value);
}

function startsName(token: Token, knownSurnames: Set<string>): boolean {
  return isNamePart(token) || (token.pos === 'VERB' && knownSurnames.has(token.value));
}

function classifyRun(
  doc: TextDoc,
  start: number,
  end: number,
  knownSurnames: Set<string>,
): NameMention | null {
  const { tokens } = doc;
  const holder = officeHolderStart(tokens, start, end);
  if (holder >= 0) return mentionOf(doc, 'person', holder, end, tokens[end - 1]!.value);
  const runNormals = tokens.slice(start, end).map((token) => token.normal);
  const organisation =
    runNormals.some((normal) => ORGANISATION_WORDS.has(normal)) ||
    runNormals.some((normal, i) => /^cent(er|re)$/.test(normal) && runNormals[i + 1] === 'for') ||
    ORGANISATION_HEADS.has(runNormals[runNormals.length - 1]!) ||
    INSTITUTIONS.has(runNormals.join(' '));
  if (organisation) {
    return mentionOf(doc, 'organisation', start, end, spanText(doc, start, end));
  }
  // "Customs and Border Protection": a run ending in an abstract noun names an agency, not a
  // person surnamed "Protection", and the name may open with one word and "and".
  if (ABSTRACT_NOUN.test(runNormals[runNormals.length - 1]!) && end - start >= 2) {
    const from =
      tokens[start - 1]?.normal === 'and' && TITLE_CASE.test(tokens[start - 2]?.value ?? '')
        ? start - 2
        : start;
    return mentionOf(doc, 'organisation', from, end, spanText(doc, from, end));
  }
  const first = pastTitles(tokens, start, end);
  let last = end;
  while (last > first && TITLES.has(tokens[last - 1]!.normal)) last--;
  if (first === last) return null;
  const surname = tokens[last - 1]!.value;
  const names = tokens.slice(first, last);
  if (names.some((token) => NOT_A_PERSON.has(token.normal))) return null;
  const titled = first > start;
  if (names.length >= 2 || titled || knownSurnames.has(surname)) {
    return mentionOf(doc, 'person', first, last, surname);
  }
  return null;
}

function mentionOf(
  doc: TextDoc,
  kind: NameMention['kind'],
  firstToken: number,
  endToken: number,
  name: string,
): NameMention {
  const span: Span = [doc.tokens[firstToken]!.start, doc.tokens[endToken - 1]!.end];
  return { name, kind, span, firstToken, endToken };
}

function spanText(doc: TextDoc, start: number, end: number): string {
  return doc.text.slice(doc.tokens[start]!.start, doc.tokens[end - 1]!.end);
}
