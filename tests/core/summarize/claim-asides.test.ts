import { describe, expect, it } from 'vitest';
import { claimAsides } from '../../../src/core/summarize/claim-asides.js';
import { neutralizeSentence } from '../../../src/core/summarize/neutralize-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';

const claimOf = (text: string) => {
  const doc = readText(text);
  return neutralizeSentence(doc, 0, [], claimAsides(doc, 0)).line.text;
};

describe('a writer’s claim in the digest', () => {
  it.each([
    [
      'Dialogue, even with so-called ‘hardline’ leaders, can yield concrete benefits—and not merely symbolic ones.',
      'Dialogue can yield concrete benefits.',
    ],
    [
      'The sanctions, especially those on potash, have hurt Belarus more than Russia.',
      'The sanctions have hurt Belarus more than Russia.',
    ],
    [
      'Specifically, the council’s budget should fund the clinics before the stadium.',
      'The council’s budget should fund the clinics before the stadium.',
    ],
    ['Frankly, Lisbon will regret the vote.', 'Lisbon will regret the vote.'],
  ])('leaves out the asides of "%s"', (text, expected) => {
    expect(claimOf(text)).toBe(expected);
  });

  it.each([
    'The talks, even if they fail, will have been worth it.',
    'Beijing will choose a crackdown — and the city will pay for it.',
    'Voters, the writer among them, want the inquiry widened.',
  ])('keeps a phrase with a verb of its own or no focusing adverb: "%s"', (text) => {
    expect(claimOf(text)).toBe(text);
  });
});
