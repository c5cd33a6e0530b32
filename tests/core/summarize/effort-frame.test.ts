import { describe, expect, it } from 'vitest';
import { checkDigestLine } from '../../../src/core/summarize/check-digest-line.js';
import { neutralizeSentence } from '../../../src/core/summarize/neutralize-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';

const lineOf = (text: string) => neutralizeSentence(readText(text), 0, []).line;

describe('an effort frame ("managed to regain")', () => {
  it.each([
    [
      'At least 14 political prisoners from Belarus managed to regain their freedom on Saturday.',
      'At least 14 political prisoners from Belarus regained their freedom on Saturday.',
    ],
    [
      'Rescuers managed to pull three people from the rubble on Monday.',
      'Rescuers pulled three people from the rubble on Monday.',
    ],
    [
      'Mr Thoday managed to buy the rights to the story from the family in 1999.',
      'Mr Thoday bought the rights to the story from the family in 1999.',
    ],
    [
      'Police succeeded in getting the crowd to leave the square by noon.',
      'Police got the crowd to leave the square by noon.',
    ],
    [
      'The crew never managed to finish the road before the winter came.',
      'The crew never finished the road before the winter came.',
    ],
  ])('is stated as the fact it entails: %s', (sentence, expected) => {
    const line = lineOf(sentence);
    expect(line.text).toBe(expected);
    expect(checkDigestLine(sentence, line, [])).toEqual({ ok: true, problems: [] });
  });

  it.each([
    'The firm has managed to keep its prices low for most of this year.',
    'Izuku wondered how he had even managed to get here before the others.',
    'Three inmates managed to escape and reach the border before dawn.',
    'The council managed the budget to the penny for the whole of last year.',
    'She did not manage to win the seat she had held since 2010.',
  ])('stays as written where one past verb would not say the same: %s', (sentence) => {
    expect(lineOf(sentence).text).toBe(sentence);
  });

  it('is the only rewrite the line check lets through: any other past is invented', () => {
    const sentence = 'Mr Thoday managed to buy the rights to the story in 1999.';
    const line = lineOf(sentence);
    const sold = { ...line, text: line.text.replace('bought', 'sold') };
    expect(checkDigestLine(sentence, sold, []).ok).toBe(false);
  });
});
