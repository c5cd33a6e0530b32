import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../src/core/attribution/quoted-spans.js';

function quoted(text: string): string[] {
  return findQuotedSpans(text).map(([start, end]) => text.slice(start, end));
}

describe('findQuotedSpans', () => {
  const cases: [string, string, string[]][] = [
    [
      'finds straight double quotes with their marks',
      'She said "we will win" on Monday.',
      ['"we will win"'],
    ],
    ['finds curly double quotes', 'The mayor called it “a good day”.', ['“a good day”']],
    [
      'pairs several straight quotes in order',
      '"Yes," he said. "Of course."',
      ['"Yes,"', '"Of course."'],
    ],
    [
      'treats paired curly single quotes as a quotation',
      'so-called ‘hardline’ leaders',
      ['‘hardline’'],
    ],
    ['ignores apostrophes in possessives and contractions', 'Belarus’s leader doesn’t talk.', []],
    ['ignores a leading apostrophe before digits', 'music of the ‘90s and the ‘80s’ hits', []],
    [
      'keeps a possessive inside a single-quoted phrase',
      'the ‘people’s choice’ award',
      ['‘people’s choice’'],
    ],
    [
      'covers a nested quotation with the outer one',
      '“He told me ‘never again’,” she said.',
      ['“He told me ‘never again’,”'],
    ],
    ['does not pair straight quotes across paragraphs', 'He said "yes.\nThen "no" came.', ['"no"']],
    [
      'runs a quote on to its paragraph end when the next paragraph reopens it',
      '“First part.\n“Second part,” he said.',
      ['“First part.', '“Second part,”'],
    ],
    [
      'closes a run-on quote when a new one opens after a full stop',
      '"We won. "I am proud," he said.',
      ['"We won.', '"I am proud,"'],
    ],
    [
      'runs a quote left open at the end of a cut-off text to the end',
      '“We have lost a friend,” he said. “We at the court have lost a cherished',
      ['“We have lost a friend,”', '“We at the court have lost a cherished'],
    ],
    [
      'runs a straight quote left open at the very end to the end',
      'He said "we will rebuild the bridge and the school\n',
      ['"we will rebuild the bridge and the school'],
    ],
    [
      'does not run an open mark to the end when a mark of another kind closes it',
      'He said "we will rebuild it” on Monday, said the mayor.',
      [],
    ],
    [
      'leaves a quote open over several sentences at the end alone (its closing mark was lost)',
      'Moya said: "I am giving my prize money. Others said they would give too.',
      [],
    ],
    [
      'does not take an inch mark at the end for a quote',
      'It has a 27" screen and costs $300.',
      [],
    ],
    [
      'still leaves an unclosed quote alone in a paragraph that does not end the text',
      'He said “yes.\nThen it rained.',
      [],
    ],
    ['finds guillemets', 'Il a dit «non» hier.', ['«non»']],
    ['returns nothing for text without quotes', 'Plain reporting here.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('findQuotedSpans on a huge paragraph', () => {
  it('finds 200,000 quotations in one paragraph without overflowing the stack', () => {
    const text = '"a" '.repeat(200_000);
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(200_000);
    expect(spans.at(-1)).toEqual([799_996, 799_999]);
  });
});
