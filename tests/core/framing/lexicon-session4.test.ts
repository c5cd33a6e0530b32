import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { readText } from '../../../src/core/text/read-text.js';

// Issue 12, recall: reviewed entries added in session 4 from general English news usage (not
// drawn from BABE or the yardstick lists); verb phrases match in any tense by lemma.
const lexicon = loadLexicon();
const flagged = (text: string) =>
  findLoadedLanguage(readText(text), lexicon, [], { model: null }).map((n) => n.text);

describe('session 4 lexicon entries', () => {
  it.each([
    ['The governor lashed out at reporters and tore into the board.', ['lashed out', 'tore into']],
    ['Hordes of lobbyists backed the half-baked bill.', ['Hordes', 'half-baked']],
    ['The grifter who runs the agency stonewalled the committee.', ['grifter', 'stonewalled']],
    ['It was a mind-boggling boondoggle.', ['mind-boggling boondoggle']],
  ])('flags the loaded words in "%s"', (text, words) => {
    expect(flagged(text)).toEqual(words);
  });

  it('keeps the literal senses out: a parrot is a bird, not a verb', () => {
    expect(flagged('The zoo bought a parrot from a breeder.')).toEqual([]);
    expect(flagged('Critics say the minister parroted the talking points.')).toEqual(['parroted']);
  });
});
