import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/attribution/find-quotes.js';
import { readText } from '../../../src/core/text/read-text.js';

const sourcesOf = (text: string) =>
  findQuotes(readText(text))
    .map((q) => q.source)
    .filter((s): s is string => s !== null);

describe('who is heard: organisation names kept whole', () => {
  it.each([
    ['The Ministry of Rural Affairs reported a fall in harvests.', 'Ministry of Rural Affairs'],
    [
      'The National Institute on Child Welfare has also estimated that 9,000 families moved.',
      'National Institute on Child Welfare',
    ],
    [
      'The Department of Health and Human Services said the rule would stand.',
      'Department of Health and Human Services',
    ],
  ])('names "%s" by the whole name', (text, name) => {
    expect(sourcesOf(text)).toEqual([name]);
  });

  it('does not run an organisation on into a person named after "and"', () => {
    const text = 'The Office of Budget and Clara Moss agreed, the mayor said.';
    expect(sourcesOf(text)).not.toContain('Office of Budget and Clara Moss');
  });
});

describe('who is heard: compound surnames', () => {
  it('counts a person the text calls by two surnames under both', () => {
    const text =
      'Ana María Pérez Ortiz scored twice. “It felt good,” Pérez Ortiz said. “We needed it.”';
    expect(sourcesOf(text)).toEqual(['Pérez Ortiz', 'Pérez Ortiz']);
  });
});

describe('who is heard: the one who listens or asks is not the one heard', () => {
  it('credits the subject of "told", not its object', () => {
    const text =
      'Dana Reyes, a spokeswoman for the regional water board that runs the reservoirs north of the city, told Radio Europe reporter Ann Moss that the dam was safe.';
    expect(sourcesOf(text)).toEqual(['Reyes']);
  });

  it('does not hear the one who "was told"', () => {
    const text =
      'Reporter Ann Moss was told that the dam was safe. Moss, a reporter, said she was told so.';
    expect(sourcesOf(text)).toEqual(['Moss']);
  });

  it('credits a surname the tagger reads as a verb, not the listener after "told"', () => {
    const text =
      'Apple chief Tim Cook took the stage. Customers “want more from us,” Cook told Benioff.';
    expect(sourcesOf(text)).toEqual(['Cook']);
  });

  it('does not hear the interviewer named before a clause with a verb', () => {
    const text =
      'In a long recorded interview with the FBI, Ray Webb confessed to the theft, admitting that he had lied.';
    expect(sourcesOf(text)).toEqual(['Webb']);
  });

  it('still steps back over a participle aside to its speaker', () => {
    const text =
      'Prices fell after Reuters reported a delay. The agency, citing two officials, reported that the talks had stalled.';
    const quotes = findQuotes(readText(text));
    expect(quotes.map((q) => q.speaker)).toEqual(['Reuters', 'The agency']);
  });

  it('does not hear someone asking another to act', () => {
    const text = 'Adam Reed sold the name. He later asked the company to unwind the agreement.';
    expect(sourcesOf(text)).toEqual([]);
  });

  it('still hears a question put to someone', () => {
    const text = 'Adam Reed took the floor. He asked the board whether the deal was legal.';
    expect(sourcesOf(text)).toEqual(['Reed']);
  });
});

describe('who is heard: a stray word is not a voice', () => {
  it('lists nobody for a thing before a clause and a verb of repetition', () => {
    const text = 'We would load a game onto a tablet or PC, play to the end, then repeat.';
    expect(sourcesOf(text)).toEqual([]);
  });
});

describe('who is heard: the name inside a description is not the speaker', () => {
  it('credits the person before "a spokesperson for X, the …," not X', () => {
    const text =
      'Sean Dale, a spokesperson for Operation Bright Resolve, the naval mission in the strait, told reporters that the ships had left.';
    expect(sourcesOf(text)).toEqual(['Dale']);
  });

  it('steps back over a description whose name the tagger reads as a verb', () => {
    const text = '"We go where players are," Sam Ortiz, chief of Take-Two, adds.';
    expect(sourcesOf(text)).toEqual(['Ortiz']);
  });

  it('does not make a brand after a name into a person', () => {
    const text =
      'The label that owns her songs, Big Machine, says she may sing them. She claimed the label lied.';
    expect(sourcesOf(text)).not.toContain('Machine');
  });

  it('does not make a product a person because a brand was named before', () => {
    const text = 'We also saw the Amazon Echo. The new Echo Dot fixes that by adding a clock.';
    expect(sourcesOf(text)).toEqual([]);
  });
});

describe('who is heard: a credit line about the writer', () => {
  it('does not hear a relative clause ending the sentence ("stuff he posts")', () => {
    const text = 'Ann Lee is our deals editor and buys much of the stuff she posts.';
    expect(sourcesOf(text)).toEqual([]);
  });

  it('still hears a pronoun that reports at the end of a sentence', () => {
    const text = 'Ann Lee runs the lab. The phones were tested twice, she said.';
    expect(sourcesOf(text)).toEqual(['Lee']);
  });
});

describe('who is heard: an embedded post is its account’s words', () => {
  it('hears the account that signed off a post on the line below it', () => {
    const text =
      'The council shared its decisions online.\n\nCouncil agrees to close the bridge for repairs.\n\n— The Harbour Council (@HarbourCouncil) May 2, 2021\n\nThe bridge reopens in June.';
    const posts = findQuotes(readText(text)).filter((q) => q.verb === 'posted');
    expect(posts.map((q) => q.source)).toEqual(['Harbour Council']);
    expect(text.slice(...posts[0]!.span)).toBe('Council agrees to close the bridge for repairs.');
  });

  it('hears the account of a post signed off at the end of its line, by surname', () => {
    const text = 'Great day at the lake. — Ann Lee (@annlee) March 3, 2024';
    const posts = findQuotes(readText(text)).filter((q) => q.verb === 'posted');
    expect(posts.map((q) => [q.source, text.slice(...q.span)])).toEqual([
      ['Lee', 'Great day at the lake.'],
    ]);
  });
});
