import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/summarize/build-digest.js';
import { neutralizeSentence } from '../../../src/core/summarize/neutralize-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';

const lineOf = (text: string) => neutralizeSentence(readText(text), 0, []).line;

describe('a sentence that opens on a connective', () => {
  it.each([
    [
      'For example, the Google Stadia port of Red Dead Redemption 2 does not run at a solid 60fps.',
      'The Google Stadia port of Red Dead Redemption 2 does not run at a solid 60fps.',
    ],
    [
      'But the deal may grow into something bigger if Washington agrees to roll back tariffs.',
      'The deal may grow into something bigger if Washington agrees to roll back tariffs.',
    ],
    [
      'However, the court ruled the face mask ban illegal on Monday.',
      'The court ruled the face mask ban illegal on Monday.',
    ],
    [
      'And the river rose higher than the flood defences this time.',
      'The river rose higher than the flood defences this time.',
    ],
  ])('leaves the connective out of the line: %s', (sentence, expected) => {
    const line = lineOf(sentence);
    expect(line.text).toBe(expected);
    // The line is still the source under its spans, only the first letter capitalised.
    const underSpans = line.spans.map(([s, e]) => sentence.slice(s, e)).join(' ');
    expect(underSpans.toLowerCase()).toBe(expected.toLowerCase());
  });

  it.each([
    'Still photographs of the launch were released by NASA on Monday evening.',
    'But why?',
    'Andrew said the report was false and that he had never met her at all.',
  ])('keeps a sentence that does not open on one as written: %s', (sentence) => {
    expect(lineOf(sentence).text).toBe(sentence);
  });

  it('keeps the connective when the line follows the line of the sentence before', () => {
    const text =
      'Home Depot shares fell in premarket trading after the company cut its sales guidance. But its lowered forecast is not a problem for the wider market, analysts said.';
    const line = neutralizeSentence(readText(text), 1, [], [], true).line;
    expect(line.text).toBe(
      'But its lowered forecast is not a problem for the wider market, analysts said.',
    );
  });
});

describe('a sentence that opens on an adjunct that only points back', () => {
  it.each([
    [
      'Alongside the strategic discussions on Saturday, at least 14 political prisoners from Belarus were freed.',
      'At least 14 political prisoners from Belarus were freed.',
    ],
    [
      'Amid the protests, the government said it would not resign before the election.',
      'The government said it would not resign before the election.',
    ],
    [
      'Following the meeting, the two leaders signed a trade agreement in Geneva.',
      'The two leaders signed a trade agreement in Geneva.',
    ],
    ['During that year, 3,500 people produced 56,000 cars.', '3,500 people produced 56,000 cars.'],
  ])('leaves the back-reference out of the line: %s', (sentence, expected) => {
    expect(lineOf(sentence).text).toBe(expected);
  });

  it.each([
    'After the vote in Congress, the bill goes to the Senate next week.',
    'During the 2008 crisis, banks cut lending to small firms across Europe.',
    'After the team won the final, fans filled the streets of the city.',
    'Despite the rain, the match went ahead.',
    'Against expectations, the conversation between the two leaders proved useful.',
  ])(
    'keeps an adjunct with a name, number or verb of its own, or with too little left: %s',
    (sentence) => {
      expect(lineOf(sentence).text).toBe(sentence);
    },
  );
});

describe('a news digest whose lead paragraph goes on with "But it …"', () => {
  const LEAD =
    'Shares of Home Depot fell 5% in premarket trading on Tuesday after the company cut its full-year sales growth forecast.';
  const TURN =
    'But its lowered forecast is not a problem for the overall market, analysts at Jefferies and Goldman Sachs said on Tuesday.';
  const story = [
    `${LEAD} ${TURN}`,
    'Chief executive Craig Menear said third-quarter sales were below expectations because of the timing of investments in stores.',
    'Jefferies analyst Jonathan Matuszewski said the market was misreading the results and kept a buy rating on the shares.',
    'The company reported revenue of $27.2 billion for the quarter, up 3.5% from the same quarter a year earlier.',
  ].join('\n\n');

  it('takes the turn right after the lead, with its opening words, since it points at the lead', () => {
    const lines = buildDigest(readText(story), []).lines.map((l) => l.text);
    expect(lines.slice(0, 2)).toEqual([LEAD, TURN]);
  });

  it('does not lean on the line before in an opinion piece, where the turn is often the writer’s', () => {
    const options = { sentences: 3, maxWords: 90, factsFirst: true };
    const lines = buildDigest(readText(story), [], options).lines.map((l) => l.text);
    expect(lines).not.toContain(TURN);
  });
});
