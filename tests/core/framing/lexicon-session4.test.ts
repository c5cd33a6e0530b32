import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { readText } from '../../../src/core/text/read-text.js';

// Issue 12, recall: reviewed entries added in session 4 from general English news usage (not
// drawn from BABE or the yardstick lists); only the strongest (weight >= 0.8) were kept.
const lexicon = loadLexicon();
const flagged = (text: string) =>
  findLoadedLanguage(readText(text), lexicon, [], { model: null }).map((n) => n.text);

describe('session 4 lexicon entries', () => {
  it.each([
    [
      'Hordes of ideologues cheered the fear-mongering.',
      ['Hordes', 'ideologues', 'fear-mongering'],
    ],
    ['Hordes of lobbyists backed the half-baked bill.', ['Hordes', 'half-baked']],
    ['The grifter who runs the agency whipped up the crony network.', ['grifter', 'crony']],
    ['It was a mind-boggling boondoggle.', ['mind-boggling boondoggle']],
  ])('flags the loaded words in "%s"', (text, words) => {
    expect(flagged(text)).toEqual(words);
  });

  it.each([
    ['The party won an outright majority in the assembly.', 'outright'],
    ['He was charged over inappropriate touching at work.', 'inappropriate'],
    ['Argon is a noble gas.', 'noble'],
  ])('reads a term of art as one unit: "%s"', (text, member) => {
    expect(lexicon.entries.some((e) => e.term === member)).toBe(true);
    expect(flagged(text)).toEqual([]);
  });
});
