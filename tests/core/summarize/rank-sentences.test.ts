import { describe, expect, it } from 'vitest';
import { DEFAULT_RANK_WEIGHTS, rankSentences } from '../../../src/core/summarize/rank-sentences.js';
import type { Sentence, TextDoc, Token } from '../../../src/core/text/text-model.js';

/** `count` sentences "Rain fell in Oslo." built by hand: readText on a text this long is slow. */
function manySentences(count: number): TextDoc {
  const sentence = 'Rain fell in Oslo. ';
  const words: [value: string, pos: string, at: number][] = [
    ['Rain', 'NOUN', 0],
    ['fell', 'VERB', 5],
    ['in', 'ADP', 10],
    ['Oslo', 'PROPN', 13],
    ['.', 'PUNCT', 17],
  ];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (let s = 0; s < count; s++) {
    const base = s * sentence.length;
    const firstToken = tokens.length;
    for (const [value, pos, at] of words) {
      const normal = value.toLowerCase();
      const start = base + at;
      tokens.push({ value, normal, lemma: normal, pos, start, end: start + value.length });
    }
    const end = base + sentence.length - 1;
    sentences.push({
      text: sentence.trim(),
      start: base,
      end,
      firstToken,
      endToken: tokens.length,
    });
  }
  return { text: sentence.repeat(count), tokens, sentences };
}

describe('rankSentences on a huge document', () => {
  it('scores 200,000 sentences without overflowing the stack', () => {
    const { scores } = rankSentences(manySentences(200_000));
    expect(scores).toHaveLength(200_000);
    expect(scores[0]!.frequency).toBe(1);
    expect(scores[0]!.facts).toBe(1);
  });
});

describe('ranking the same document twice', () => {
  it('gives each ranking its own vector list, so replacing one vector leaves the other alone', () => {
    const doc = manySentences(6);
    const first = rankSentences(doc);
    const original = first.vectors[2];
    first.vectors[2] = new Map([['changed', 1]]);
    const second = rankSentences(doc, [], { ...DEFAULT_RANK_WEIGHTS, facts: 0 });
    expect(second.vectors[2]).toBe(original);
    expect(second.vectors).not.toBe(first.vectors);
    expect(second.scores.map((s) => s.degree)).toEqual(first.scores.map((s) => s.degree));
  });
});
