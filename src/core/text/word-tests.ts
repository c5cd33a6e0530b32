import type { Token } from './text-model.js';

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_FIRST = /^\p{Lu}/u;

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * `/\p{L}/u.test(value)`, answered from the character codes while they are ASCII (nearly every
 * token of English text): the Unicode-aware regex costs about twice as much per token.
 */
export function hasLetter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return LETTER.test(value);
    if (isAsciiLetter(c)) return true;
  }
  return false;
}

/** `/[\p{L}\p{N}]/u.test(value)`, with the same ASCII fast path: a word, not punctuation. */
export function hasLetterOrDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return LETTER_OR_DIGIT.test(value);
    if (isAsciiLetter(c) || isAsciiDigit(c)) return true;
  }
  return false;
}

/** `/^\p{Lu}/u.test(value)`, answered from the first character code while it is ASCII. */
export function startsUpperCase(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c >= 128) return UPPER_FIRST.test(value);
  return c >= 65 && c <= 90;
}

/**
 * For each token, whether it holds a letter: the word test most detectors make, run once per
 * article instead of once per detector and per neighbour looked at.
 */
export function tokensWithLetters(tokens: readonly Token[]): boolean[] {
  return tokens.map((token) => hasLetter(token.value));
}

/** A verb or an auxiliary, as the tagger reads the token (false past the end of the tokens). */
export function isVerb(token: Token | undefined): boolean {
  return token?.pos === 'VERB' || token?.pos === 'AUX';
}

/** Nouns of time that make a phrase of when ("this year", "that week"), not a thing pointed at. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  'year week month day morning afternoon evening night weekend season summer winter spring autumn fall time decade century'.split(
    ' ',
  ),
);

/** Possessive determiners, lower-case: "his", "their", "its", …. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(
  'his her its their my our your'.split(' '),
);
