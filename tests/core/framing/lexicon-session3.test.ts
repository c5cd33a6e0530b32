import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { readText } from '../../../src/core/text/read-text.js';

// Issue 12, recall: reviewed entries added in session 3 from general English news usage.
const lexicon = loadLexicon();
const flagged = (text: string) =>
  findLoadedLanguage(readText(text), lexicon, [], { model: null }).map((n) => n.text);

describe('session 3 lexicon entries', () => {
  it.each([
    ['The governor gutted the agency and sneered at its critics.', ['gutted', 'sneered']],
    ['Their hypocrisy is breathtaking.', ['hypocrisy', 'breathtaking']],
    ['Globalists pushed the bloated bill through.', ['Globalists', 'bloated']],
  ])('flags the loaded words in "%s"', (text, words) => {
    expect(flagged(text)).toEqual(words);
  });
});
