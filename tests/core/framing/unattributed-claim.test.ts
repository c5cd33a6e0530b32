import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/attribution/find-quotes.js';
import { findUnattributedClaims } from '../../../src/core/framing/unattributed-claim.js';
import { readText } from '../../../src/core/text/read-text.js';

function flagged(text: string): string[] {
  const doc = readText(text);
  return findUnattributedClaims(doc, findQuotes(doc)).map((note) => {
    expect(note.text).toBe(text.slice(note.span[0], note.span[1]));
    return note.text;
  });
}

describe('findUnattributedClaims', () => {
  const cases: [string, string, string[]][] = [
    [
      'flags a verdict in a participial clause',
      'Exports rose by 4% in March, showcasing the minister’s sound planning.',
      ['showcasing the minister’s sound planning'],
    ],
    [
      'flags "evidence of" after a comma',
      'The convoy reached the border on time, evidence of the new route’s success.',
      ['evidence of the new route’s success'],
    ],
    [
      'flags an evaluative "marks" with its determiner-led object',
      'The vote marks an important shift in city policy.',
      ['marks an important shift in city policy'],
    ],
    [
      'flags "which shows"',
      'Turnout doubled, which shows the campaign worked.',
      ['which shows the campaign worked'],
    ],
    [
      'leaves a verdict that a named person delivers alone',
      'Exports rose, showcasing sound planning, Ines Kowal said.',
      [],
    ],
    ['leaves a claim that cites data alone', 'The figures show that exports rose.', []],
    ['leaves a factual participle alone', 'Exports rose by 4%, reaching a record.', []],
    [
      'leaves a reading offered as a possibility alone',
      'You could read these results as vindication — proof that the party was right to wait.',
      [],
    ],
    [
      'leaves a reported absence alone',
      'Officers rushed in. At first, there was no sign of her.',
      [],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});
