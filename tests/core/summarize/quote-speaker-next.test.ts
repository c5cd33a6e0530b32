import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { findQuotedSpans } from '../../../src/core/attribution/quoted-spans.js';
import { createEngine } from '../../../src/core/engine.js';
import { quoteSpokenNext } from '../../../src/core/summarize/quote-speaker-next.js';
import { readText } from '../../../src/core/text/read-text.js';

// Written for this test: the opening sentence is a chief executive's words, named only after it.
const QUOTED_LEAD =
  'The merger of the two regional bus companies, which closed on Monday, will build a “leaner” and “more reliable” network “with local depots and national reach.”';
const SPEAKER_NEXT =
  'That’s the hopeful picture painted by Dana Whitfield, the chief executive of the merged company, at a depot in Leeds.';
const story = [
  `${QUOTED_LEAD} ${SPEAKER_NEXT}`,
  'The combined company will run 4,200 buses on 310 routes across northern England, according to its filing with regulators.',
  'Unions said about 600 office jobs would be cut by the end of next year as the two head offices are merged.',
  'The competition regulator approved the deal in September after the companies agreed to sell 14 routes in Yorkshire.',
  'Fares will stay frozen until April, the company said in a statement on Monday.',
].join('\n\n');

function isSpokenNext(text: string, index = 0): boolean {
  const doc = readText(text);
  return quoteSpokenNext(doc, index, findQuotedSpans(doc.text));
}

describe('a line of quoted words whose speaker only the next sentence names', () => {
  it('is found when the next sentence points back and names who said it', () => {
    expect(isSpokenNext(`${QUOTED_LEAD} ${SPEAKER_NEXT}`)).toBe(true);
    expect(
      isSpokenNext(`${QUOTED_LEAD} That is what Dana Whitfield, the chief executive, told staff.`),
    ).toBe(true);
  });

  it('is not found when the sentence names its speaker itself or the next one names nobody', () => {
    const withSpeaker = QUOTED_LEAD.replace('will build', 'will build, its chief executive said,');
    expect(isSpokenNext(`${withSpeaker} ${SPEAKER_NEXT}`)).toBe(false);
    expect(isSpokenNext(`${QUOTED_LEAD} That is a tall order for a company of its size.`)).toBe(
      false,
    );
  });

  it('is not found for a scare quote of a word or two', () => {
    const scare =
      'The merger of the two regional bus companies, which closed on Monday, will build a “leaner” network across the north.';
    expect(isSpokenNext(`${scare} ${SPEAKER_NEXT}`)).toBe(false);
  });

  const digestOf = async (text: string) => {
    const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
    const analysis = await engine.analyze({ text, title: null, source: 'story' });
    return analysis.digest.map((line) => line.text);
  };

  it('is a digest line only with that sentence right after it', async () => {
    const lines = await digestOf(story);
    const quoted = lines.findIndex((line) => line.includes('more reliable'));
    expect(quoted).toBeGreaterThanOrEqual(0);
    expect(lines[quoted + 1]).toBe(SPEAKER_NEXT);
  });

  it('is not a digest line when that sentence cannot be one', async () => {
    const unfinished =
      'That’s the hopeful picture painted by Dana Whitfield, the chief executive, who listed her reasons:';
    const lines = await digestOf(story.replace(SPEAKER_NEXT, unfinished));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.some((line) => line.includes('more reliable'))).toBe(false);
  });
});
