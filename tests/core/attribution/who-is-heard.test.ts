import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/attribution/find-quotes.js';
import { readText } from '../../../src/core/text/read-text.js';

const sourcesOf = (text: string) =>
  findQuotes(readText(text))
    .map((q) => q.source)
    .filter((s): s is string => s !== null);

describe('who is heard: speakers only', () => {
  it.each([
    [
      'a pronoun after someone merely mentioned',
      'The prince was asked about his friendship with Jeffrey Epstein. He told the BBC: "I had to go and see him."',
    ],
    [
      'a verb of reply that is an act ("responded by hitting")',
      "Rudolph tried to remove Myles Garrett's helmet before Garrett responded by hitting Rudolph.",
    ],
    [
      'a credit line',
      '(Reporting by Greg Roumeliotis, Koh Gui Qing, with reporting by Herb Lash; editing by Martin Howell.)',
    ],
    [
      'a kicker above the first line, read as a name with it',
      'Opinion Columnist\nAmericans have gone to the polls. And 70 percent of Americans say the offense was wrong.',
    ],
    ['"agreed to" a deed', 'Adam Neumann left the company. He also agreed to return the cash.'],
    ['"maintained" a lead', 'Former Vice President Joe Biden has maintained a lead for months.'],
    ['a place acronym', 'Doctors in the UK told the tale of a 43-year-old man.'],
    [
      'an office of an agency',
      'The Science Mission Directorate chose the design. "We want to land soon," he said.',
    ],
    ['a title with no name', 'They care about “financial health,” as one neo-bank CEO told me.'],
    [
      'a passive "said to be"',
      'Wistron and Global Lighting Technologies are said to be among the suppliers.',
    ],
    ['"added to" a tally', 'Trinity Academy junior Ben Patton added to his collection of titles.'],
  ])('lists nobody for %s', (_, text) => {
    expect(sourcesOf(text)).toEqual([]);
  });

  it('takes "he" for the person last heard, not the person last named', () => {
    const text =
      'Prince Andrew said he regretted the meeting. He was asked about Jeffrey Epstein. ' +
      '"I had to go and see him," he said.';
    expect(sourcesOf(text)).toEqual(['Andrew', 'Andrew']);
  });

  it('takes a plural organisation word for an organisation, not a surname', () => {
    expect(sourcesOf('The Social Services reported a rise in cases.')).toEqual(['Social Services']);
  });

  it('names a speaker by surname past a suffix', () => {
    expect(sourcesOf('U.S. Attorney James Kennedy Jr. said the case was closed.')).toEqual([
      'Kennedy',
    ]);
  });

  it('names an organisation by its whole name, not its last word', () => {
    const text = 'Eva Persson took the decision, the Swedish Prosecution Authority said.';
    expect(sourcesOf(text)).toEqual(['Swedish Prosecution Authority']);
  });

  it('finds the speaker past a description that holds a comma of its own', () => {
    const text =
      'Prince Andrew, the younger brother of the heir to the throne, Charles, has reportedly told friends that it went well.';
    expect(sourcesOf(text)).toEqual(['Andrew']);
  });

  it('does not take a name before a clause with a verb for an apposition', () => {
    const text =
      'Officers arrested Elizabeth A. Burton, 32, of 1119 Eighth St., after locating drugs in her car, said Lt. Matt Harris, a police spokesman.';
    expect(sourcesOf(text)).not.toContain('Burton');
  });

  it('takes the writer’s own “I” for the writer, not for a source', () => {
    const quotes = findQuotes(readText('I wrote a long rant about this last year. We said so.'));
    expect(quotes.filter((q) => q.speaker !== null)).toEqual([]);
  });
});

describe('who is heard: names that hold an organisation word', () => {
  it('keeps a person whose title holds one ("Project Manager")', () => {
    const text = 'Lexus Project Manager Fumihiko Hazama said the car was ready.';
    expect(sourcesOf(text)).toEqual(['Hazama']);
  });
});

describe('who is heard: a pronoun agrees with the person it stands for', () => {
  it('does not take "she" for a man the text calls "he"', () => {
    const text =
      'Tom Hale still laughs at the memory of his mother singing. "She put in the time," she said.';
    expect(sourcesOf(text)).toEqual([]);
  });
});

describe('who is heard: a name that holds a possessive', () => {
  it('names "the People’s Daily", not "Daily"', () => {
    const text =
      'On Monday, the People’s Daily, the mouthpiece of the party, warned that there is no room.';
    expect(sourcesOf(text)).toEqual(['People’s Daily']);
  });
});
