import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import {
  MAX_ANALYSED_CHARS,
  MAX_TOKEN_CHARS,
  maskOverlongRuns,
} from '../../../src/core/text/bound-text.js';
import { readText } from '../../../src/core/text/read-text.js';
import { expectSpansHold } from '../../helpers/spans.js';

const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
const PROSE =
  'The council approved the budget on Tuesday after a long debate. Critics slammed the outrageous plan. ';

// The time limits below are generous bounds that prove "not frozen": before the bound on token
// length, these inputs kept wink-nlp busy for minutes.
describe('bounded work per input', () => {
  it('reads a 200,000-character hyphen chain as one opaque token with its exact offsets', () => {
    const chain = 'a-'.repeat(100_000);
    const text = `It rained on Monday. ${chain} ends here.\n\nThe roads stayed open.`;
    const doc = readText(text);
    for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.value);
    const long = doc.tokens.filter((t) => t.value.length > MAX_TOKEN_CHARS);
    expect(long).toEqual([expect.objectContaining({ value: chain, pos: 'X' })]);
    // A lower-case start joins the sentence before it, as for any other word.
    expect(doc.sentences.map((s) => s.text)).toEqual([
      `It rained on Monday. ${chain} ends here.`,
      'The roads stayed open.',
    ]);
  }, 10_000);

  it('analyses a text with a 100,000-character upper-case word and keeps every span exact', () => {
    const text = `${PROSE}${'A'.repeat(100_000)} ${PROSE}${PROSE}`;
    const analysis = engine.analyze({ text, title: null, source: 'test' });
    expect(analysis.notes.length).toBeGreaterThan(0);
    expectSpansHold(analysis, text);
  }, 10_000);

  it('analyses only the first MAX_ANALYSED_CHARS characters and says the rest was not read', () => {
    const text = PROSE.repeat(Math.ceil((MAX_ANALYSED_CHARS * 1.5) / PROSE.length));
    const analysis = engine.analyze({ text, title: null, source: 'test' });
    expect(analysis.notice).toMatch(
      /^Only the first 1[0-9,]+ characters were analysed; the remaining [0-9,]+ were not read\.$/,
    );
    const lastSpan = Math.max(...analysis.notes.map((n) => n.span[1]));
    expect(lastSpan).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(analysis.stats.words).toBeLessThan(text.split(' ').length * 0.7);
    expectSpansHold(analysis, text);
  }, 20_000);

  it('gives a text within the limit no notice', () => {
    const text = PROSE.repeat(20);
    expect(engine.analyze({ text, title: null, source: 'test' }).notice).toBeUndefined();
  });
});

describe('maskOverlongRuns', () => {
  it('ends a run at exactly the characters the regex class \\s calls space', () => {
    const word = 'a'.repeat(MAX_TOKEN_CHARS / 2 + 1);
    for (let code = 0; code <= 0xffff; code++) {
      const between = String.fromCharCode(code);
      const { runs } = maskOverlongRuns(`${word}${between}${word}`);
      if ((runs.size === 0) !== /\s/.test(between)) throw new Error(`U+${code.toString(16)}`);
    }
  });

  it('masks a run one character past the limit and leaves one at the limit', () => {
    const atLimit = `go ${'b'.repeat(MAX_TOKEN_CHARS)} now`;
    const past = `go ${'b'.repeat(MAX_TOKEN_CHARS + 1)} now`;
    expect(maskOverlongRuns(atLimit)).toEqual({ masked: atLimit, runs: new Map() });
    const masked = maskOverlongRuns(past);
    expect(masked.runs).toEqual(new Map([[3, 3 + MAX_TOKEN_CHARS + 1]]));
    expect(masked.masked).toHaveLength(past.length);
  });
});
