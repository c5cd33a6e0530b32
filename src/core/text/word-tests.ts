import type { Token } from './text-model.js';

const LETTER = /\p{L}/u;

/**
 * For each token, whether it holds a letter: the word test most detectors make, run once per
 * article instead of once per detector and per neighbour looked at.
 */
export function tokensWithLetters(tokens: readonly Token[]): boolean[] {
  return tokens.map((token) => LETTER.test(token.value));
}
