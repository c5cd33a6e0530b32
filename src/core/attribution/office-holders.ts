import type { Token } from '../text/text-model.js';
import {
  NOT_A_PERSON,
  ORGANISATION_HEADS,
  ORGANISATION_WORDS,
  PARTY_LABELS,
  TITLES,
} from './name-words.js';

const NAME_SHAPED = /^(\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;

/**
 * Where the person's name starts in a capitalised run that opens with their office: "House
 * Speaker Maria Lopez", "Senate Majority Leader Paul Brandt" (the words after the last title),
 * "Secretary of State Ellen Voss", "Chief of Police Dana Kerr" (the last two words of a run that
 * follows a title and "of"). -1 when the run is not an office and its holder.
 */
export function officeHolderStart(tokens: readonly Token[], start: number, end: number): number {
  for (let at = end - 2; at > start; at--) {
    if (TITLES.has(tokens[at]!.normal)) return personWords(tokens, at + 1, end) ? at + 1 : -1;
  }
  // "Secretary of State Ellen Voss", "Speaker of the House Ann Lee".
  const of = tokens[start - 1]?.normal === 'the' ? start - 2 : start - 1;
  const afterTitleOf = tokens[of]?.normal === 'of' && TITLES.has(tokens[of - 1]?.normal ?? '');
  if (afterTitleOf && end - start >= 3 && personWords(tokens, end - 2, end)) return end - 2;
  return -1;
}

/** The first token of a person's name past any titles and party labels before it. */
export function pastTitles(tokens: readonly Token[], start: number, end: number): number {
  let first = start;
  while (
    first < end &&
    (TITLES.has(tokens[first]!.normal) || PARTY_LABELS.has(tokens[first]!.normal))
  )
    first++;
  return first;
}

function personWords(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).every((token) => {
    const word = token.normal;
    return (
      NAME_SHAPED.test(token.value) &&
      !TITLES.has(word) &&
      !ORGANISATION_WORDS.has(word) &&
      !ORGANISATION_HEADS.has(word) &&
      !NOT_A_PERSON.has(word)
    );
  });
}
