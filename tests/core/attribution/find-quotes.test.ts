import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/attribution/find-quotes.js';
import { readText } from '../../../src/core/text/read-text.js';

function quotesOf(text: string) {
  return findQuotes(readText(text)).map((q) => ({
    kind: q.kind,
    words: text.slice(q.span[0], q.span[1]),
    speaker: q.speaker,
    source: q.source,
  }));
}

describe('findQuotes', () => {
  const cases: [
    string,
    string,
    { kind: string; speaker: string | null; source: string | null }[],
  ][] = [
    [
      'attributes a quote to the name after it',
      '"The dam will hold," Nora Vance said on Tuesday.',
      [{ kind: 'direct', speaker: 'Nora Vance', source: 'Vance' }],
    ],
    [
      'reports the statement around a quoted fragment as well as the fragment',
      'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
      [
        { kind: 'reported', speaker: 'President Barack Obama', source: 'Obama' },
        { kind: 'direct', speaker: 'President Barack Obama', source: 'Obama' },
      ],
    ],
    [
      'attributes a quote to the titled name after an inverted verb',
      '“We are not finished,” said Deputy Mayor Omar Reyes.',
      [{ kind: 'direct', speaker: 'Deputy Mayor Omar Reyes', source: 'Reyes' }],
    ],
    [
      'resolves "she" to the most recently named person',
      'Nora Vance toured the site. She added: "We expect no flooding at all."',
      [{ kind: 'direct', speaker: 'She', source: 'Vance' }],
    ],
    [
      'lets a follow-on quote keep the speaker of the quote before it',
      '"It is safe," Nora Vance said. "Nobody needs to leave their homes tonight."',
      [
        { kind: 'direct', speaker: 'Nora Vance', source: 'Vance' },
        { kind: 'direct', speaker: 'Nora Vance', source: 'Vance' },
      ],
    ],
    [
      'finds reported speech with "according to"',
      'The bridge will reopen in May, according to the Transport Ministry.',
      [{ kind: 'reported', speaker: 'the Transport Ministry', source: 'Transport Ministry' }],
    ],
    [
      'keeps a description as the speaker without counting it as a named source',
      'A council spokesman said the road would stay shut.',
      [{ kind: 'reported', speaker: 'A council spokesman', source: null }],
    ],
    ['skips a short scare quote with nobody attached', 'The so-called ‘reform’ passed easily.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quotesOf(text).map(({ kind, speaker, source }) => ({ kind, speaker, source }))).toEqual(
      expected,
    );
  });

  it('does not treat an infinitive of a reporting verb as a statement', () => {
    expect(quotesOf('It is too soon to predict the result.')).toEqual([]);
  });
});
