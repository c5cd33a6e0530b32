import { describe, expect, it } from 'vitest';
import { speaksInWritersVoice, voicesAStance } from '../../../src/core/summarize/writers-voice.js';
import { readText } from '../../../src/core/text/read-text.js';

const voice = (sentence: string) => speaksInWritersVoice(readText(sentence), 0);

describe("a sentence in the writer's own evaluative voice", () => {
  it.each([
    [
      'a present "is" that judges',
      'Twitter is just one culprit in the attention economy of Silicon Valley.',
    ],
    [
      'a present "are" before an adjective',
      "Uber's failures are inherent to the business model of the gig economy.",
    ],
    [
      'a present "is" after a leading phrase',
      'Given the deadlock in the Senate, the only strategy is delay.',
    ],
    [
      'a present verb with nothing to count',
      'The strikes weaken the union and embolden the owners in Detroit.',
    ],
    ['a present "has" of possession', 'Ubisoft just has a knack for making lovable villains.'],
    [
      'a present verb past a relative clause',
      'Lyon, which sits on the Rhone, deserves better from Paris.',
    ],
    ['a modal of prediction', 'Madrid will send the army to Barcelona before Christmas.'],
    ['a modal of obligation', 'The Federal Reserve should cut rates in March.'],
    ['a stance adverb', 'The Lakers evidently built the roster around LeBron James.'],
    [
      'a verb of impression before an adjective',
      'While it looks rather plain, the Pixel 4 moved the market last year.',
    ],
    ['"prove" before an adjective', 'The Paris police are proving unable to stop the riots.'],
    ['"makes sense"', 'As I read the report from Brussels again, the plan makes sense.'],
    [
      'a verdict the writer reports writing',
      'As I write this review in Berlin, the idea from Ear Books makes sense.',
    ],
    ['"we all know"', 'While we all know cassettes are dead, Sony still sold a Walkman in Tokyo.'],
    [
      'a comment adverb opening the sentence',
      'Most importantly, Warren is now running out of time in Iowa.',
    ],
    [
      'the writer’s say-so',
      'R2-D2, a droid who only speaks in beeps, is, for my money, the best robot in Star Wars.',
    ],
    [
      'a present "has" after a title the tagger splits',
      'Fallen Order has a clunkier approach to combat than Sekiro.',
    ],
    [
      'a present verb the tagger reads as a noun',
      'Unlike Paris, the Standing Committee views its mission through the prism of generations.',
    ],
    [
      'a scare quote, which attributes nothing',
      'Google is one culprit in this "surveillance economy" of ours in California.',
    ],
    ['a ranked noun phrase after "is"', 'Parasite is the best film of the year in Korea.'],
    ["a review's verdict on a named work", 'Fallen Order is a confident, focused game.'],
    [
      'a prediction beside a figure that dates nothing',
      'Facing a year or two of fury abroad, Xi will choose a crackdown in Hong Kong.',
    ],
    [
      'a "should" that a report after it backs',
      'Xi Jinping should let Hong Kong hold free elections, as the Basic Law promised in 1997.',
    ],
  ])('is refused as a fact: %s', (_rule, sentence) => {
    expect(voice(sentence)).toBe(true);
  });

  it.each([
    ['an event in the past', 'Kellogg met Lukashenko in Minsk on Saturday.'],
    ['an inverted past', 'Among the freed was Sergei Tikhanovsky, a dissident from Gomel.'],
    ['"there are"', 'There are three models of the laptop in the Apple store.'],
    ['a passive', 'Dear Abby is written by Abigail Van Buren in Los Angeles.'],
    ['a progressive', 'Mozilla is also testing new tracking protections in Firefox.'],
    ['a perfect whose participle is its base', 'Delhi smog has become a feature of the winter.'],
    ['a present with a number', 'The 180-page book comes with a 10-inch vinyl record.'],
    [
      'evidence a plain noun gives',
      'Polls show that Trump is almost back where he was in September.',
    ],
    ['a reporting verb', 'Bevin says the count in Kentucky will take a week.'],
    [
      '"according to"',
      'According to the Argus Leader, Noem will launch the campaign in Sioux Falls.',
    ],
    [
      'a quotation of several words',
      'The merger will create a company “with deep local roots and national scale.”',
    ],
    [
      'the writer narrating in the first person',
      'Below, we analyze the snap counts for the Cleveland Browns.',
    ],
    [
      'a relative clause in the present before a past',
      'Garrett, who is the first pick, was suspended by the NFL.',
    ],
    [
      'a past tense that looks like a base form',
      'Kentucky Democrats beat Gov. Matt Bevin in a state Trump won.',
    ],
    [
      'a hedge inside brackets',
      'NASA kept the SLS in 2019 despite rivals (certainly SpaceX among them).',
    ],
    ['a post after "is"', 'Kellogg is the U.S. special envoy for Ukraine.'],
    ['a kind after "is"', 'Hong Kong is a special administrative region of China.'],
    ['a figure after "is"', 'Unemployment is 3.5 percent in Belarus.'],
    ['a place after "is"', 'The bill is now before the Senate in Minsk.'],
    ['a plan with its date', 'The Senate will vote on the bill on Tuesday.'],
  ])('stays a fact: %s', (_rule, sentence) => {
    expect(voice(sentence)).toBe(false);
  });
});

describe('a sentence marked as the writer’s stance (what a claim line may frame)', () => {
  const marked = (sentence: string) => voicesAStance(readText(sentence), 0);

  it.each([
    ['an impression through "to be"', 'The same appears to be true for the Berlin office.'],
    ['an impression before an adjective', 'While it looks quite familiar, the laptop sold well.'],
    ['a stance adverb', 'The plan is clearly the right call for Lisbon.'],
  ])('is %s', (_rule, sentence) => {
    expect(marked(sentence)).toBe(true);
  });

  it.each([
    ['a present description', 'Closed terrariums are easy to care for in a flat.'],
    ['a likeness of appearance', 'The new watch looks almost identical to the old one.'],
    [
      'a hedge inside brackets',
      'NASA kept the rocket despite rivals (certainly SpaceX among them).',
    ],
  ])('is not %s', (_rule, sentence) => {
    expect(marked(sentence)).toBe(false);
  });
});
