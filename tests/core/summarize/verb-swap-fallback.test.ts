import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/summarize/build-digest.js';
import { neutralizeSentence } from '../../../src/core/summarize/neutralize-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';
import { noteOn } from './helpers.js';

// A swapped verb rewrites what the sentence says someone did ("The senator mocked …" becomes
// "criticized"); the rest of the writer's sentence stays. Such a line is the digest's fallback:
// a line whose flagged words could be dropped, or that has none, is taken first.

const LEAD = 'Senator Ann Ruiz mocked the governor’s transit plan at a rally in Dayton on Tuesday.';
const REST = [
  'The plan would add 40 bus routes across Ohio by 2026 and cost $2 billion over six years.',
  'Governor Mark Hale said the new routes would serve 300,000 riders a day in eleven cities.',
  'Transit officials in Columbus expect the first routes to open next spring, weeks before the vote.',
  'The state legislature will vote on the money for the plan in March, a spokesman for Hale said.',
];

describe('a line whose flagged verb was swapped', () => {
  it('is marked as a verb swap, while a dropped modifier or a swapped title is not', () => {
    const doc = readText(LEAD);
    const swap = neutralizeSentence(doc, 0, [noteOn(LEAD, 'mocked', 'criticized')]);
    expect(swap.line.text).toBe(
      'Senator Ann Ruiz criticized the governor’s transit plan at a rally in Dayton on Tuesday.',
    );
    expect(swap).toMatchObject({ clean: true, verbSwapped: true });

    const modifier = 'The mayor announced an unprecedented plan for the railways.';
    const dropped = neutralizeSentence(readText(modifier), 0, [noteOn(modifier, 'unprecedented')]);
    expect(dropped).toMatchObject({ clean: true, verbSwapped: false });

    const title = 'North Korean dictator Kim Jong Un met the envoy in Pyongyang on Friday.';
    const renamed = neutralizeSentence(readText(title), 0, [noteOn(title, 'dictator', 'leader')]);
    expect(renamed.line.text).toBe(
      'North Korean leader Kim Jong Un met the envoy in Pyongyang on Friday.',
    );
    expect(renamed).toMatchObject({ clean: true, verbSwapped: false });
  });

  it('gives way to the lines that read clean in the writer’s own words', () => {
    const text = [LEAD, ...REST].join(' ');
    const notes = [noteOn(text, 'mocked', 'criticized')];
    const lines = buildDigest(readText(text), notes).lines.map((l) => l.text);
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => /mocked|criticized/.test(line))).toBe(false);
  });

  it('is still taken when no other line reads alone', () => {
    const others = REST.map((line) => line.replace(/^\S+ \S+/, 'It'));
    const text = [LEAD, ...others].join(' ');
    const notes = [noteOn(text, 'mocked', 'criticized')];
    const lines = buildDigest(readText(text), notes).lines.map((l) => l.text);
    expect(lines[0]).toBe(
      'Senator Ann Ruiz criticized the governor’s transit plan at a rally in Dayton on Tuesday.',
    );
  });
});
