import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import { neutralizeSentence } from '../../../src/core/summarize/neutralize-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';

const lineOf = (text: string) => neutralizeSentence(readText(text), 0, []).line;

describe('a sentence that opens on a frame pointing back ("This comes after …")', () => {
  it.each([
    [
      'This comes after police said the protesters inside the university had no option but to surrender.',
      'Police said the protesters inside the university had no option but to surrender.',
    ],
    [
      'It came just days after the president fired his national security adviser on Tuesday.',
      'The president fired his national security adviser on Tuesday.',
    ],
    [
      'The move comes as the government prepares to cut fuel taxes for the second time this year.',
      'The government prepares to cut fuel taxes for the second time this year.',
    ],
  ])('leaves the frame out of the line and keeps the clause: %s', (sentence, expected) => {
    const line = lineOf(sentence);
    expect(line.text).toBe(expected);
    const underSpans = line.spans.map(([s, e]) => sentence.slice(s, e)).join(' ');
    expect(underSpans.toLowerCase()).toBe(expected.toLowerCase());
  });

  it.each([
    'This comes after the death of a student at the university on Friday night.',
    'This comes after reports that the company would close its plant in the spring.',
    'It comes as no surprise that the team lost its final match of the season.',
    'The rain came after a week of record heat across the south of the country.',
    'The flood came after the river burst its banks below the town on Sunday.',
  ])('keeps the sentence as written when what follows is not a clause: %s', (sentence) => {
    expect(lineOf(sentence).text).toBe(sentence);
  });

  it('lets the first paragraph’s news open the digest', async () => {
    // Written for this test, on the shape of an Express live report.
    const text = [
      'This comes after police said the protesters inside the Polytechnic University had no option but to come out and surrender.',
      'The protests began peacefully in June and were sparked by a proposed law on extradition to the mainland.',
      'Although the bill was withdrawn, the protests had broadened into a movement against the government.',
      'The city’s new police commissioner said in an interview that police alone could not end the unrest.',
      'About 1,100 people were arrested over the weekend, according to the police.',
    ].join('\n\n');
    const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
    const analysis = await engine.analyze({ text, title: null, source: 'live report' });
    expect(analysis.digest[0]?.text).toBe(
      'Police said the protesters inside the Polytechnic University had no option but to come out and surrender.',
    );
  });
});
