import { describe, expect, it } from 'vitest';
import { guardDigest, prepareGuardSource } from '../../../src/core/llm/guard.js';

const limits = { maxLines: 3, maxWords: 90 };
const reasons = (sourceText: string, line: string) =>
  guardDigest(prepareGuardSource(sourceText), [line], [[]], limits).rejected.map((r) => r.reason);

describe('the guard reads a name the source has in another form', () => {
  it('accepts a full name where the source gives the surname alone', () => {
    const source = 'President Biden met the governors on Monday. Biden said little.';
    expect(reasons(source, 'Joe Biden met the governors.')).toEqual([]);
  });

  it('rejects a given name the source gives to nobody when it names the person otherwise', () => {
    const source = 'Joe Biden met the governors on Monday.';
    expect(reasons(source, 'Hillary Biden met the governors.')).toEqual([
      'the name "hillary" is not in the source',
    ]);
  });

  it('accepts an acronym the source spells out, and a name whose acronym the source uses', () => {
    expect(reasons('Troops of the United States left.', 'U.S. troops left.')).toEqual([]);
    expect(reasons('The ACA survived.', 'The court kept the Affordable Care Act.')).toEqual([]);
    expect(reasons('The ACA survived.', 'The court kept the NHS.')).toEqual([
      'the name "nhs" is not in the source',
    ]);
  });

  it('accepts the adjective or plural of a name the source has', () => {
    const source = 'Democrats in America voted.';
    expect(reasons(source, 'The Democratic Party of the Americans voted.')).toEqual([]);
  });

  it('reads neither "I\'m" nor a month’s abbreviation as a name', () => {
    const source = 'On January 6 he said: "I am here."';
    expect(reasons(source, 'He spoke on Jan. 6. I’m told he stayed.')).toEqual([]);
  });
});

describe('the guard reads a quotation the summary shortens', () => {
  const source =
    'She said: "We will build the homes, whatever it costs, and we will build them fast."';

  it('accepts a quotation cut with an ellipsis or completed with an editor’s [word]', () => {
    expect(
      reasons(source, 'She said "we will build the homes... and we will build them fast."'),
    ).toEqual([]);
    expect(reasons(source, 'She said "we will build [the houses] fast."')).toEqual([]);
  });

  it('still rejects a quotation with a word the speaker did not say', () => {
    expect(reasons(source, 'She said "we will build the flats… fast."')).toEqual([
      'the quotation "we will build the flats… fast." is not in the source',
    ]);
  });
});

describe('the guard reads a quotation that joins sentences', () => {
  const source =
    'He said: "It was a fine win." Fans cheered for an hour. "We want more," he added.';

  it('accepts sentences of one speaker joined in one quotation, each as the source has it', () => {
    expect(reasons(source, 'He said "it was a fine win. We want more."')).toEqual([]);
  });

  it('still rejects a joined quotation when one sentence is not the speaker’s', () => {
    expect(reasons(source, 'He said "it was a fine win. We want less."')).toEqual([
      'the quotation "it was a fine win. We want less." is not in the source',
    ]);
  });
});
