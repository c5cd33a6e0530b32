import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/text/read-text.js';

function sentencesOf(text: string): string[] {
  return readText(text).sentences.map((sentence) => sentence.text);
}

describe('readText sentence splitting', () => {
  const cases: [string, string, string[]][] = [
    [
      'keeps "U.S." inside a sentence and ends one after it before a pronoun',
      'The U.S. Navy sailed north. Its ships live in the U.S. They rarely leave.',
      ['The U.S. Navy sailed north.', 'Its ships live in the U.S.', 'They rarely leave.'],
    ],
    [
      'keeps "U.S." with a title that follows it',
      'A man admitted threatening U.S. Rep. Ana Ruiz, prosecutors said. He was arrested in April.',
      [
        'A man admitted threatening U.S. Rep. Ana Ruiz, prosecutors said.',
        'He was arrested in April.',
      ],
    ],
    [
      'keeps military and political titles with the name',
      'Lt. Gen. Ada Moss met Sen. Paul Brant and Gov. Rita Lane. Nothing was agreed.',
      ['Lt. Gen. Ada Moss met Sen. Paul Brant and Gov. Rita Lane.', 'Nothing was agreed.'],
    ],
    [
      'keeps abbreviated months with their day',
      'Voting opens on Feb. 3 and closes on Sept. 14. Turnout is expected to be low.',
      ['Voting opens on Feb. 3 and closes on Sept. 14.', 'Turnout is expected to be low.'],
    ],
    [
      'keeps initials with the surname',
      'T. J. Okafor scored twice for the visitors. The crowd stayed late.',
      ['T. J. Okafor scored twice for the visitors.', 'The crowd stayed late.'],
    ],
    [
      'does not end a sentence at a quote followed by a lower-case attribution',
      '“The bridge is closed.” a police officer told reporters. Traffic backed up.',
      ['“The bridge is closed.” a police officer told reporters.', 'Traffic backed up.'],
    ],
    [
      'does not end a sentence at a quote followed by a named speaker and a reporting verb',
      '"The bridge is closed." Inspector Hale said on Friday. Traffic backed up.',
      ['"The bridge is closed." Inspector Hale said on Friday.', 'Traffic backed up.'],
    ],
    [
      'joins an abbreviation wink does not know to the lower-case words after it',
      'She studied at the Univ. of Leeds before joining the firm.',
      ['She studied at the Univ. of Leeds before joining the firm.'],
    ],
    [
      'keeps a list number with the item it starts',
      '1. Cut taxes for small firms\n2. Build more homes',
      ['1. Cut taxes for small firms', '2. Build more homes'],
    ],
    [
      'always ends a sentence at a line break',
      'Markets fall on rate fears\nShares in London dropped on Tuesday.',
      ['Markets fall on rate fears', 'Shares in London dropped on Tuesday.'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('gives every token and sentence the exact characters of its offsets', () => {
    const text = 'Dr. Lee said: “It’s fine.” Then… she left the U.K.\n\nNew line here!';
    const doc = readText(text);
    for (const unit of [...doc.tokens, ...doc.sentences]) {
      const value = 'value' in unit ? unit.value : unit.text;
      expect(value).toBe(text.slice(unit.start, unit.end));
    }
  });
});
