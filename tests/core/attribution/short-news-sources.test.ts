import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/attribution/find-quotes.js';
import { summarizeSourcing } from '../../../src/core/framing/sourcing.js';
import { readText } from '../../../src/core/text/read-text.js';

/** The names the sourcing note gives as quoted or cited, in its order. */
const heard = (text: string) => {
  const doc = readText(text);
  return summarizeSourcing(doc, findQuotes(doc)).sources.map((s) => s.name);
};

// Short wire copy (a lede and a sentence or two) names its speakers in ways longer features
// spell out: a title run before the name, a day or a party between subject and verb, a body
// heard through "according to a report from …".
describe('who is heard in short news', () => {
  it.each([
    [
      'a day between speaker and verb',
      'Governor Ana Ruiz on Tuesday warned that the dam could fail.',
      ['Ruiz'],
    ],
    [
      'a party and state in brackets',
      'Senator Tom Hale (R-Ohio) announced Friday that he would retire.',
      ['Hale'],
    ],
    [
      'an office before the title',
      'House Speaker Maria Lopez told reporters the vote would wait.',
      ['Lopez'],
    ],
    [
      'a chamber before the title, and a party in brackets',
      'Senate Majority Leader Paul Brandt (R-Ohio) said the bill was dead.',
      ['Brandt'],
    ],
    [
      'a title "of" an office',
      'Secretary of State Ellen Voss said the talks would resume.',
      ['Voss'],
    ],
    ['a chief "of" a force', 'Chief of Police Dana Kerr said two people were hurt.', ['Kerr']],
    [
      'a party label before the name',
      'Democrat Lena Ortiz argued that the plan was unfair.',
      ['Ortiz'],
    ],
    [
      'a bureau by its whole name',
      'Jobless claims fell, the Census Bureau said Monday.',
      ['Census Bureau'],
    ],
    [
      'an agency whose name runs on over "and"',
      'Masks still work, the Centers for Disease Control and Prevention said.',
      ['Centers for Disease Control and Prevention'],
    ],
    [
      'an agency after "according to" that runs on over "of"',
      'Rents will rise, according to the Bureau of Labor Statistics.',
      ['Bureau of Labor Statistics'],
    ],
    [
      'a paper named with "the"',
      'The mayor resigned last night, The Courier reported.',
      ['Courier'],
    ],
    [
      'a body behind "a tally from"',
      'Cases doubled in a week, according to a tally from Carver University.',
      ['Carver University'],
    ],
    [
      'a network before its figures',
      'Reyes won 52 seats, according to CBS News estimates.',
      ['CBS News'],
    ],
    [
      'an official named after a comma',
      'The order starts on Sunday, according to the county health officer, Dr. Rita Moss.',
      ['Moss'],
    ],
    [
      'a pronoun when only one person is named',
      'Senator Ida Marsh visited the plant on Friday. Workers lined the road. "We will rebuild," she said.',
      ['Marsh'],
    ],
    ['a threat', 'President Omar Adeyemi threatened to close the border.', ['Adeyemi']],
    ['a condemnation', 'Mayor Lila Chen condemned the attack on the clinic.', ['Chen']],
    ['a call for something', 'Governor Sam Reed called for calm after the storm.', ['Reed']],
    [
      'a second verb of the same subject',
      'Mayor Ken Ito toured the site on Monday and said the repairs would take a year.',
      ['Ito'],
    ],
    [
      'an administration by its leader',
      'The Novak administration announced new tariffs on Friday.',
      ['Novak administration'],
    ],
    ['a city police force', 'Denver police said three people were hurt.', ['Denver police']],
    ['the White House', 'The White House said the president was resting.', ['White House']],
    [
      'an ambassador named after the country of the post',
      'Peru’s ambassador to Chile Rosa Vega has said the talks failed.',
      ['Vega'],
    ],
    [
      'the author of a report',
      'A report by the Harbour Authority stated that the pier was unsafe.',
      ['Harbour Authority'],
    ],
    [
      'an office whose first word the tagger calls a noun',
      'A memo from the Treasury’s Office of Tax Policy said the rule was lawful.',
      ['Office of Tax Policy'],
    ],
    [
      'an agency named "X and Y Protection"',
      'Arrests rose 4%, Customs and Border Protection announced Friday.',
      ['Customs and Border Protection'],
    ],
    ['an acronym that opens the sentence', 'IMF said growth would slow next year.', ['IMF']],
    [
      'the subject of a participle after a comma',
      'Mayor Ken Ito amplified his warning on Friday, saying he was ready to close the port.',
      ['Ito'],
    ],
    [
      'a title "of the" office',
      'Speaker of the House Ana Ruiz is requesting that the vote wait.',
      ['Ruiz'],
    ],
    [
      'a centre "for" something, calling for something',
      'The Harbour Center for Justice is calling for new limits.',
      ['Harbour Center for Justice'],
    ],
    [
      'a name calling something by a quoted name',
      'Mayor Ken Ito pushed back, calling it “utter nonsense.”',
      ['Ito'],
    ],
    [
      'an agency that concluded',
      'The Carver Agency concluded on Tuesday that the bridge was safe.',
      ['Carver Agency'],
    ],
    [
      'the author of a document further on',
      'No one was hurt, according to a summary of the inquiry released Sunday by Judge Ada Stone.',
      ['Stone'],
    ],
    [
      'the subject of a participle after an opening phrase',
      'In a late ruling, the Carver Court on Friday blocked the rule, saying it was void.',
      ['Carver Court'],
    ],
    [
      'an office "for" something',
      'The agency’s Office for Civil Rights announced the inquiry.',
      ['Office for Civil Rights'],
    ],
    [
      'a speaker named before an aside and a participle',
      'Ines Vos, the city’s lead counsel, disagreed, saying the ruling was wrong.',
      ['Vos'],
    ],
  ])('hears %s', (_, text, expected) => {
    expect(heard(text)).toEqual(expected);
  });

  it.each([
    [
      'someone who has not spoken',
      'Mayor Ken Ito complained on Monday that Governor Rosa Vega has not spoken with him since May.',
      ['Ito'],
    ],
    [
      'names after a preposition in the subject',
      'The lawyer to actors Tim Byrne and Sara Cole has denied the claims.',
      [],
    ],
    [
      'a person told to answer "in writing"',
      'Governor Carl Webb must answer the claims in writing.',
      [],
    ],
    [
      'the subject of the clause after "saying"',
      'Mayor Ken Ito announced the pick, saying Judge Ada Stone had earned the post.',
      ['Ito'],
    ],
    [
      'a name that modifies the noun after it',
      'A judge halted the Fair Pay for Farm Workers program on Tuesday, declaring the rule void.',
      [],
    ],
    ['the one accused', 'The Carver Group has been accused of hiding losses.', []],
    [
      'a place-name misread as the subject of a noun the tagger calls a verb',
      'Imagine a senator who opposed the Peru comment voting for it.',
      [],
    ],
    [
      'the byline for a pronoun in a speech act',
      'By Justine Ray\nA man admitted charges he threatened to kill a judge.',
      [],
    ],
    [
      'a person named before the noun of a document from someone else',
      'Sales fell, according to the Harbour Notes report from Dataline.',
      [],
    ],
    [
      'someone who has yet to speak',
      'Senator Tom Hale will announce his plans on Friday, two aides said.',
      [],
    ],
    ['an index that gained points', 'The Carver Index added 20 points on Friday.', []],
    ['a ticker after a full stop', 'The Nasdaq Composite .IXIC added 20.72 points.', []],
    [
      'the addressee of a letter before a participle',
      'The club sent a letter to Mayor Ken Ito (D) on Friday requesting that he resign.',
      [],
    ],
  ])('does not hear %s', (_, text, expected) => {
    expect(heard(text)).toEqual(expected);
  });
});
