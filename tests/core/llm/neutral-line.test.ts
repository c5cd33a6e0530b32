import { describe, expect, it } from 'vitest';
import { neutraliseLine } from '../../../src/core/llm/neutral-line.js';
import type { FramingNote } from '../../../src/core/types.js';

const loaded = (line: string, word: string, suggestion?: string): FramingNote => {
  const at = line.indexOf(word);
  return {
    kind: 'loaded-language',
    text: word,
    span: [at, at + word.length],
    message: '',
    suggestion,
    voice: 'writer',
  };
};

describe('a model’s line through the extractive digest’s neutraliser', () => {
  it('edits only the sentence with a fault and keeps the others as the model wrote them', () => {
    const line = 'No one was hurt ,  he said. The massive fire spread to 12 homes.';
    expect(neutraliseLine(line, [loaded(line, 'massive', 'large')])).toEqual({
      text: 'No one was hurt ,  he said. The fire spread to 12 homes.',
      neutralised: ['massive'],
    });
  });

  it('puts the neutral word in the flagged word’s form', () => {
    const cases: [string, string, string, string][] = [
      [
        'Critics insist the road will reopen.',
        'insist',
        'say',
        'Critics say the road will reopen.',
      ],
      ['The firm insisted it would pay.', 'insisted', 'say', 'The firm said it would pay.'],
      ['The firm insists it will pay.', 'insists', 'say', 'The firm says it will pay.'],
      ['Two regimes fell that year.', 'regimes', 'government', 'Two governments fell that year.'],
    ];
    for (const [line, word, neutral, expected] of cases) {
      expect(neutraliseLine(line, [loaded(line, word, neutral)]).text).toBe(expected);
    }
  });

  it('swaps in no neutral word whose form disagrees and cannot be changed', () => {
    const line = 'He slams the plan.';
    expect(neutraliseLine(line, [loaded(line, 'slams', 'criticized')])).toEqual({
      text: line,
      neutralised: [],
    });
  });
});
